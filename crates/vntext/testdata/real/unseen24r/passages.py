# Passages of unseen24r (copied from public web pages found with the `pages` corpus of the search tool; see
# SOURCES.md), with labels. Each passage is a short stretch of
# the stored copy of the page named in `source`.
# ocr=True: rendered to a PNG by ../render_ocr.py and put into refs.jsonl as tesseract's output.
# pdf=True: laid out by ../render_ocr.py as an HTML page (lines with ' | ' as table rows), printed to PDF by
# LibreOffice and read back with `pdftotext -layout`; the PDF text goes into refs.jsonl.
# Labels are the true references: the symbol as the issuer writes it (eth Ð read Đ, spaces around the hyphen and
# slash removed, spaces, hyphens or underscores standing for the slashes read as slashes), the issue date where the
# passage gives it (at any mention of the same symbol), '' where it does not (an effective date, a posting date, a
# date without its year, a year alone). Labelled by docs/vntext.md's conventions (round 23: a number-year-type
# symbol without its issuer is a reference; a number and year alone, a number alone, a law by name and date are not).
P = []
def add(url, kinds, text, expect, ocr=False, pdf=False):
    P.append(dict(source=url, kinds=kinds, text=text, expect=[dict(symbol=s, date=d or None) for s, d in expect], ocr=ocr, pdf=pdf))

# ---------------------------------------------------------------- National Assembly and its Standing Committee
add("https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/van-ban-hop-nhat-19-vbhn-vpqh-2022-nghi-quyet-tieu-chuan-cua-don-vi-hanh-chinh-559968.aspx",
    "a National Assembly Office consolidated text: its header in '|' cells broken word by word ('Số:\\n19/VBHN-VPQH', 'ngày\\n29 tháng 12 năm 2022'), Standing Committee resolutions dated across a line break, laws cited with their number and no date, a Government submission",
    """VĂN PHÒNG QUỐC
HỘI
--------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
19/VBHN-VPQH
|
Hà Nội, ngày
29 tháng 12 năm 2022
|
NGHỊ QUYẾT
VỀ TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH VÀ PHÂN LOẠI ĐƠN VỊ HÀNH
CHÍNH
Nghị quyết số 1211/2016/UBTVQH13 ngày 25 tháng 5
năm 2016 của Ủy ban Thường vụ Quốc hội về tiêu chuẩn của đơn vị hành chính và
phân loại đơn vị hành chính, có hiệu lực kể từ ngày 25 tháng 5 năm 2016, được sửa
đổi, bổ sung bởi:
Nghị quyết số 27/2022/UBTVQH15 ngày 21 tháng 9
năm 2022 của Ủy ban Thường vụ Quốc hội sửa đổi, bổ sung một số điều của Nghị
quyết số 1211/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc
hội về tiêu chuẩn của đơn vị hành chính và phân loại đơn vị hành chính, có hiệu
lực kể từ ngày 01 tháng 01 năm 2023.
ỦY BAN THƯỜNG VỤ QUỐC HỘI
NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;
Căn cứ Luật Tổ chức chính quyền địa phương số
77/2015/QH13;
Xét đề nghị của Chính phủ tại Tờ trình số
03/TTr-CP ngày 07 tháng 01 năm 2016,[1]
QUYẾT NGHỊ:""",
    [("19/VBHN-VPQH", "2022-12-29"), ("1211/2016/UBTVQH13", "2016-05-25"), ("27/2022/UBTVQH15", "2022-09-21"),
     ("1211/2016/UBTVQH13", "2016-05-25"), ("57/2014/QH13", ""), ("77/2015/QH13", ""), ("03/TTr-CP", "2016-01-07")])

# ---------------------------------------------------------------- Party documents, central
add("https://vbpl.ts24.com.vn/support/solutions/articles/16000231875-c%C3%B4ng-v%C4%83n-09-qc-tw-ng%C3%A0y-05-01-2026-qu%E1%BA%A3n-l%C3%BD-v%C3%A0-cung-c%E1%BA%A5p-th%C3%B4ng-tin-tr%C3%AAn-c%E1%BB%95ng-th%C3%B4ng-tin-%C4%91i%E1%BB%87n-t%E1%BB%AD-%C4%91%E1%BA%A3ng-c%E1%BB%99ng",
    "a support site's copy of a 2026 Secretariat regulation (Party type 'QC'), its title calling it a letter, the header number without a colon ('Số 09-QC/TW'), laws with their year and no date ('số 20/2023/QH15 năm 2023'), Party resolutions and decisions with ', ngày', a steering committee's notice ('05-TB/BCĐTW')",
    """Open navigation

Công văn 09-QC/TW ngày 05/01/2026 Quản lý và cung cấp thông tin trên Cổng thông tin điện tử Đảng Cộng sản Việt Nam


BAN CHẤP HÀNH TRUNG ƯƠNG
 *

ĐẢNG CỘNG SẢN VIỆT NAM
____________________________________

Số 09-QC/TW

Hà Nội, ngày 05 tháng 01 năm 2026

QUY CHẾ

Quản lý và cung cấp thông tin trên Cổng thông tin điện tử Đảng Cộng sản Việt Nam
____________________________________

- Căn cứ Điều lệ Đảng;

- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư khoá XIII;

- Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 năm 2023; Luật Sở hữu trí tuệ số 07/2022/QH15 năm 2022;

- Căn cứ Nghị định số 42/2022/NĐ-CP, ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;

- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số;

- Căn cứ Quyết định số 259-QĐ/TW, ngày 24/01/2025 của Bộ Chính trị về chức năng, nhiệm vụ, tổ chức bộ máy của Văn phòng Trung ương Đảng;

- Căn cứ Thông báo số 05-TB/BCĐTW, ngày 04/7/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về kết luận của đồng chí Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025 thực hiện Nghị quyết số 57-NQ/TW;

- Xét đề nghị của Văn phòng Trung ương Đảng,""",
    [("09-QC/TW", "2026-01-05"), ("09-QC/TW", "2026-01-05"), ("20/2023/QH15", ""), ("07/2022/QH15", ""),
     ("42/2022/NĐ-CP", "2022-06-24"), ("57-NQ/TW", "2024-12-22"), ("259-QĐ/TW", "2025-01-24"),
     ("05-TB/BCĐTW", "2025-07-04"), ("57-NQ/TW", "2024-12-22")])

add("https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-dinh-29-QD-TW-thi-hanh-Dieu-le-Dang-2016-319797.aspx?anchor=dieu_1",
    "a Central Committee regulation's header in '|' cells with its date broken before the year ('ngày 25 tháng 07\\nnăm 2016'), Căn cứ lines naming no document by number",
    """BAN CHẤP HÀNH
TRUNG ƯƠNG
-------
|
ĐẢNG CỘNG SẢN
VIỆT NAM
---------------
|
Số: 29-QĐ/TW
|
Hà
Nội, ngày 25 tháng 07
năm 2016
|
QUY ĐỊNH
THI
HÀNH ĐIỀU LỆ ĐẢNG
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy chế làm việc của Ban
Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XII;
- Xét Tờ trình và Báo cáo của Bộ
Chính trị tiếp thu, giải trình ý kiến thảo luận của Trung ương tại Hội nghị lần
thứ ba Ban Chấp hành Trung ương Đảng khóa XII,
BAN CHẤP HÀNH TRUNG ƯƠNG
QUY ĐỊNH THI HÀNH ĐIỀU LỆ ĐẢNG""",
    [("29-QĐ/TW", "2016-07-25")])

add("https://viettimes.vn/tong-bi-thu-dang-cong-san-viet-nam-tag16800.html",
    "a newspaper's tag page: a Central Committee decision dated after the symbol, the document named as a decision issuing rules",
    """Quy trình bầu Tổng Bí thư Đảng Cộng sản Việt Nam

Quy trình bầu Tổng Bí thư Đảng Cộng sản Việt Nam

Hướng tới Đại hội Đảng 12 và giúp bạn đọc tìm hiểu Quy chế bầu cử trong Đảng,chúng tôi trích đăng trình tự, thủ tục bầu Tổng Bí thư từ Quyết định số 244-QĐ/TW ngày 9/6/2014 của Ban Chấp hành Trung ương về việc ban hành Quy chế bầu cử trong Đảng.""",
    [("244-QĐ/TW", "2014-06-09")])

# ---------------------------------------------------------------- Party documents, district and commune
add("http://trieudo.trieuphong.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1651149235709/1652315337076",
    "a commune portal: a commune Party committee's plan citing a Politburo directive with spaces around the hyphen ('35 - CT/TW') and a district Party committee's plan ('118-KH/HU, ngày'), a posting date and time",
    """Kế hoạch tổ chức các hoạt động tuyên truyền Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025

7:28, Thứ Năm, 12-5-2022

Kế hoạch tổ chức các hoạt động tuyên truyền Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025

     Thực hiện Chỉ thị số 35 - CT/TW ngày 30/5/2019 của Bộ Chính trị về “Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng”, kế hoạch số 118-KH/HU, ngày 16/6/2020 về tổ chức các hoạt động tuyên truyền đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025; Đảng ủy xã Triệu Độ xây dựng kế hoạch tuyên truyền Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 – 2025 với các nội dung sau:

     I. Mục đích, yêu cầu""",
    [("35-CT/TW", "2019-05-30"), ("118-KH/HU", "2020-06-16")])

add("http://lucnam.bacgiang.gov.vn/node/10475",
    "a district portal: a provincial propaganda board's guide named by number and date only ('hướng dẫn số 02 ngày 30/10/2015', no reference), a date the district Party committee acted",
    """Huyện ủy triển khai kế hoạch tuyên truyền NQ đại hội Đảng bộ tỉnh lần thứ XVIII, huyện lần thứ XXI

     Nhằm tạo sự thống nhất về nhận thức và hành động, từ đó cổ vũ động viên các cấp ủy và cán bộ, đảng viên thi đua hoàn thành tốt nhiệm vụ. Thực hiện hướng dẫn số 02 ngày 30/10/2015 của Ban tuyên giáo tỉnh ủy về việc tuyên truyền nghị quyết đại hội Đảng bộ tỉnh lần thứ XVIII và huyện lần thứ XXI. Ngày 10/11/2015, Huyện ủy đã triển khai kế hoạch tới các Chi, Đảng bộ cơ sở trong huyện.""",
    [])

# ---------------------------------------------------------------- joint circulars, lists
add("http://thptminhlong.edu.vn/van-ban-cong-van/van-ban-so-gd-dt/thong-tu-so-23-2015-ttlt-bgd-dt-bnv-ve-quy-dinh-chuc-danh-ng.html",
    "a school's document list: a joint circular whose first issuer is split by a space ('TTLT-BGD ĐT-BNV', read BGDĐT), no date",
    """Thông tư số 23/2015/TTLT-BGD ĐT-BNV về quy định chức danh nghề GV""",
    [("23/2015/TTLT-BGDĐT-BNV", "")])

add("https://vnio.vn/Document/ViewPost.aspx?pageid=473&mid=3004&linhvucid=700",
    "an institute's document table flattened to one line per row: a joint circular's symbol followed by its issue date in the 'Ngày ban hành' column",
    """STT Số/kí hiệu Ngày ban hành Cơ quan ban hành Trích yếu
1 10/2015/TTLT-BYT-BNV 27/05/2015 Bộ Y tế QUY ĐỊNH MÃ SỐ, TIÊU CHUẨN CHỨC DANH NGHỀ NGHIỆP BÁC SĨ, BÁC SĨ Y HỌC DỰ PHÒNG, Y SĨ""",
    [("10/2015/TTLT-BYT-BNV", "2015-05-27")])

add("http://mamnonhoahong.pgdchauthanhdt.edu.vn/edoc-category/van-ban/van-ban-bo-giao-duc/",
    "a kindergarten's document table whose cells lost their separators: the symbol glued to the issue date and the issuer ('19/2018/TT-BGDĐT10/10/2018BỘ GIÁO DỤC')",
    """Số hiệu Ngày BH Đơn vị BH Trích yếu  
19/2018/TT-BGDĐT10/10/2018BỘ GIÁO DỤCTHÔNG TƯ 19 Tải về""",
    [("19/2018/TT-BGDĐT", "2018-10-10")])

add("https://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/2737/tang-muc-chi-trong-xay-dung-van-ban-qppl",
    "a legal newsletter: a joint circular's short form 'TTLT số' with the symbol on the next line, an effective date (no issue date)",
    """Riêng mức chi cho các nội dung mang tính đặc thù nhất được xác định trên cơ sở các quy định hiện hành về các chế độ chi tiêu tài chính, song có tính đến hệ số trượt giá, lạm phát và mức tăng lương tối thiểu tính đến tháng 12/2011... Theo đó, các mức chi sẽ tăng từ 50 - 70% so với các mức chi được quy định tại TTLT số
09/2007/TTLT-BTP-BTC, cá biệt sẽ tăng gần 100%, như định mức phân bổ kinh phí cho việc xây dựng Nghị quyết của HĐND cấp tỉnh là 9 triệu đồng/dự thảo.
Thông tư này có hiệu lực kể từ ngày 01/5/2012.""",
    [("09/2007/TTLT-BTP-BTC", "")])

# ---------------------------------------------------------------- provincial and ward documents with legal bases
add("https://tailieunhanh.com/vn/tlID565295_nghi-quyet-so-482012nqhdnd.html",
    "a document site's flattened copy of a 2012 Phú Yên council resolution whose slashes all became spaces ('Số 48 2012 NQ-HĐND', 'Nghị định số 60 2003 NĐ-CP', a doubled year '38 2006 2006 NĐ-CP', a three-ministry joint circular '02 2007 TTLT-BCA-BLĐTBXH-BTC', 'Tờ trình số 23 TTr-UBND'); the title line keeps the slashes",
    """tailieunhanh - Nghị quyết số 48/2012/NQ-HĐND

NGHỊ QUYẾT VỀ VIỆC QUY ĐỊNH MỨC PHỤ CẤP HÀNG THÁNG CHO LỰC LƯỢNG BẢO VỆ DÂN PHỐ TRÊN ĐỊA BÀN TỈNH PHÚ YÊN HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN KHÓA VI, KỲ HỌP THỨ 4 | HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN Số 48 2012 NQ-HĐND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Tuy Hòa ngày 12 tháng 7 năm 2012 NGHỊ QUYẾT VỀ VIỆC QUY ĐỊNH MỨC PHỤ CẤP HÀNG THÁNG CHO Lực LƯỢNG BẢO VỆ DÂN PHỐ TRÊN ĐỊA BÀN TỈNH PHÚ YÊN HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN KHÓA VI KỲ HỌP THỨ 4 Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003 Căn cứ Luật Ngân sách nhà nước ngày 16 tháng 12 năm 2002 Căn cứ Nghị định số 60 2003 NĐ-CP ngày 06 tháng 6 năm 2003 của Chính phủ về quy định chi tiết và hướng dẫn thi hành Luật Ngân sách nhà nước Căn cứ Nghị định số 38 2006 2006 NĐ-CP ngày 17 tháng 4 năm 2006 của Chính phủ về Bảo vệ dân phố Căn cứ Thông tư liên tịch số 02 2007 TTLT-BCA-BLĐTBXH-BTC ngày 01 tháng 3 năm 2007 của liên Bộ Công an - Bộ Lao động-Thương binh và Xã hội - Bộ Tài chính về hướng dẫn thực hiện Nghị định số 38 2006 NĐ-CP ngày 17 tháng 4 năm 2006 của Chính phủ về Bảo vệ dân phố Sau khi xem xét Tờ trình số 23 TTr-UBND ngày 25 tháng 6 năm 2012 của UBND tỉnh về việc quy định mức phụ cấp hàng tháng cho lực lượng Bảo vệ dân phố trên địa bàn tỉnh Báo cáo thẩm tra của Ban Kinh tế và Ngân sách HĐND tỉnh và ý kiến của các đại biểu HĐND tỉnh QUYẾT NGHỊ""",
    [("48/2012/NQ-HĐND", "2012-07-12"), ("48/2012/NQ-HĐND", "2012-07-12"), ("60/2003/NĐ-CP", "2003-06-06"),
     ("38/2006/NĐ-CP", "2006-04-17"), ("02/2007/TTLT-BCA-BLĐTBXH-BTC", "2007-03-01"), ("38/2006/NĐ-CP", "2006-04-17"),
     ("23/TTr-UBND", "2012-06-25")])

add("https://ls1.hethongphapluat.com/nghi-quyet-18-2018-nq-hdnd-quy-dinh-ve-noi-dung-muc-chi-che-do-hanh-chinh-su-nghiep-tren-dia-ban-tinh-hau-giang.html",
    "a legal database's copy of a Hậu Giang council resolution: the header as one '|' row ('Số: 18/2018/NQ-HĐND | Hậu Giang, ngày …'), a decree amending two older decrees dated in words, two finance circulars of one day",
    """HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 18/2018/NQ-HĐND | Hậu Giang, ngày 07 tháng 12 năm 2018 |
QUY ĐỊNH MỘT SỐ NỘI DUNG, MỨC CHI CHẾ ĐỘ HÀNH CHÍNH SỰ NGHIỆP TRÊN ĐỊA BÀN TỈNH HẬU GIANG
HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG
KHÓA IX KỲ HỌP THỨ MƯỜI
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Căn cứ Nghị định số 80/2018/NĐ-CP ngày 17 tháng 5 năm 2018 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 147/2003/NĐ-CP ngày 02 tháng 12 năm 2003 của Chính phủ quy định về điều kiện, thủ tục cấp giấy phép và quản lý hoạt động của cơ sở cai nghiện ma túy tự nguyện; Nghị định số 135/2004/NĐ-CP ngày 10 tháng 6 năm 2004 của Chính phủ quy định chế độ áp dụng biện pháp đưa vào cơ sở chữa bệnh, tổ chức hoạt động của cơ sở chữa bệnh theo Pháp lệnh xử lý vi phạm hành chính và chế độ áp dụng đối với người chưa thành niên, người tự nguyện vào cơ sở chữa bệnh;
Căn cứ Thông tư số 35/2018/TT-BTC ngày 30 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính quy định về lập dự toán, quản lý, sử dụng và quyết toán kinh phí bảo đảm cho hoạt động của Hội đồng tư vấn thuộc Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh, Ban tư vấn thuộc Ủy ban Mặt trận Tổ quốc Việt Nam cấp huyện;
Căn cứ Thông tư số 36/2018/TT-BTC ngày 30 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính hướng dẫn lập dự toán, quản lý và sử dụng kinh phí""",
    [("18/2018/NQ-HĐND", "2018-12-07"), ("80/2018/NĐ-CP", "2018-05-17"), ("147/2003/NĐ-CP", "2003-12-02"),
     ("135/2004/NĐ-CP", "2004-06-10"), ("35/2018/TT-BTC", "2018-03-30"), ("36/2018/TT-BTC", "2018-03-30")])

add("https://huongan.thuathienhue.gov.vn/?gd=4&cn=97&tc=2042",
    "a ward portal's copy of a ward People's Committee decision: a decree written without its year and with spaces around the hyphen ('Nghị định 163/NĐ - CP ngày 21/12/2016', kept as written), a finance–home affairs joint circular, a provincial decision",
    """Quyết định về việc ban hành Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công của ủy ban nhân dân phường Hương An
Ngày cập nhật 02/03/2023

ỦY BAN NHÂN DÂN PHƯỜNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và Luật sửa đổi bổ sung một số điều của luật tổ chức Chính quyền địa phương ngày 22/11/2019;

Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015 và các văn bản hướng dẫn thi hành Luật ngân sách nhà nước;

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ về việc quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Căn cứ Nghị định số 117/2013/NĐ-CP ngày 07/10/2013 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ về việc quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Căn cứ Nghị định 163/NĐ - CP ngày 21/12/2016 của Chính phủ quy định chi tiết và Hướng dẫn thi hành Luật Ngân sách nhà nước;

Căn cứ Thông tư liên tịch số 71/2014/TTLT-BTC-BNV ngày 30/5/2014 của Liên Bộ Tài chính và Bộ Nội vụ về việc quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Căn cứ Quyết định số 2943/QĐ-UBND ngày 19/11/2019 của UBND tỉnh Thừa Thiên Huế về việc giao số lượng cán bộ, công chức xã, phường, thị trấn;""",
    [("130/2005/NĐ-CP", "2005-10-17"), ("117/2013/NĐ-CP", "2013-10-07"), ("130/2005/NĐ-CP", "2005-10-17"),
     ("163/NĐ-CP", "2016-12-21"), ("71/2014/TTLT-BTC-BNV", "2014-05-30"), ("2943/QĐ-UBND", "2019-11-19")])

add("http://www.blogphapluat.com/nghi-quyet-012013nq-hdnd-quy-dinh-che-do-dinh-muc-chi-tieu-tai-chinh-phuc-vu-hoat-dong-cua-hoi-dong-nhan-dan-cac-cap-tinh-tra-vinh.html",
    "a legal blog's copy of a Trà Vinh council resolution: a title naming the symbol, a metadata line with the issue date in words ('Ngày ban hành: 11 tháng 07 năm 2013'), the header, a National Assembly Standing Committee resolution ('524/2012/NQ-UBTVQH13'), a council standing office's submission",
    """Nghị quyết 01/2013/NQ-HĐND quy định chế độ, định mức chi tiêu tài chính phục vụ hoạt động của Hội đồng nhân dân các cấp tỉnh Trà Vinh

Ty Huu Doc Ngoc

Số hiệu: 01/2013/NQ-HĐND Ngày ban hành: 11 tháng 07 năm 2013
Loại văn bản: Người ký:

HỘI ĐỒNG NHÂN DÂN
TỈNH TRÀ VINH
——-

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
—————

Số: 01/2013/NQ-HĐND

Trà Vinh, ngày 11 tháng 07 năm 2013

NGHỊ QUYẾT

VỀ VIỆC QUY ĐỊNH MỘT SỐ CHẾ ĐỘ, ĐỊNH MỨC CHI TIÊU TÀI CHÍNH PHỤC VỤ HOẠT ĐỘNG CỦA HĐND CÁC CẤP TỈNH TRÀ VINH

HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH
KHÓA VIII – KỲ HỌP THỨ 9

Căn cứ Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;

Căn cứ Luật Ngân sách nhà nước (sửa đổi) ngày 16/12/2002;

Căn cứ Nghị quyết số 524/2012/NQ-UBTVQH13 ngày 20/9/2012 của Ủy ban thường vụ Quốc hội khóa XIII về một số chế độ chi tiêu đảm bảo hoạt động của Quốc hội;

Căn cứ Thông tư số 97/2010/TT-BTC ngày 06/7/2010 của Bộ trưởng Bộ Tài chính quy định chế độ công tác phí, chế độ chi tổ chức các cuộc hội nghị đối với các cơ quan nhà nước và đơn vị sự nghiệp công lập;

Sau khi xem xét Tờ trình số 02/TTr-HĐND ngày 24/6/2013 của Thường trực Hội đồng nhân dân tỉnh; trên cơ sở thẩm tra của Ban Kinh tế – Ngân sách Hội đồng nhân dân tỉnh và ý kiến của các vị đại biểu Hội đồng nhân dân tỉnh,

QUYẾT NGHỊ:""",
    [("01/2013/NQ-HĐND", "2013-07-11"), ("01/2013/NQ-HĐND", "2013-07-11"), ("01/2013/NQ-HĐND", "2013-07-11"),
     ("524/2012/NQ-UBTVQH13", "2012-09-20"), ("97/2010/TT-BTC", "2010-07-06"), ("02/TTr-HĐND", "2013-06-24")])

add("http://stc.laocai.gov.vn/stc/1234/27698/44835/248021/Van-ban-huong-dan/HUONG-DAN-BAO-CAO-NHU-CAU-VA-NGUON-KINH-PHI-CAI-CACH-TIEN-LUONG-VA-CAC-KHOAN-PHU-CAP-THEO-LUONG-NAM-2016.aspx",
    "a provincial finance department's guide: decrees cited without 'số', dates glued to 'ngày' ('ngày14/02/2015', 'ngày15/6/2016'), one decree misnumbered by the writer ('Nghị định 5/2016/NĐ-CP', kept as written), the same decree cited three times",
    """HƯỚNG DẪN BÁO CÁO NHU CẦU VÀ NGUỒN KINH PHÍ CẢI CÁCH TIỀN LƯƠNG VÀ CÁC KHOẢN PHỤ CẤP THEO LƯƠNG NĂM 2016

Căn cứ Nghị định 47/2016/NĐ-CP ngày 26/5/2016 của Chính phủ về quy định mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang;

Căn cứ Nghị định số 55/2016/NĐ-CP ngày 15/6/2016 của Chính phủ về điều chỉnh mức lương hưu, trợ cấp mất sức lao động, trợ cấp hàng tháng và trợ cấp đối với giáo viên mầm non có thời gian làm việc trước năm 1995;

Căn cứ Thông tư số 32/2015/TT-BTC ngày 17/02/2015 của Bộ Tài chính về hướng dẫn xác định nhu cầu, nguồn và phương thức chi thực hiện điều chỉnh tiền lương đối với cán bộ, công chức, viên chức và người hưởng lương trong lực lượng vũ trang có hệ số lương từ 2,34 trở xuống theo Nghị định số 17/2015/NĐ-CP ngày14/02/2015 của Chính phủ; điều chỉnh trợ cấp đối với cán bộ xã đã nghỉ việc theo Nghị định số 09/2015/NĐ-CP ngày 22/01/2015 của Chính phủ;

Căn cứ Thông tư số 103/2016/TT-BTC ngày 29/6/2016 của Bộ Tài chính về hướng dẫn xác định nhu cầu, nguồn và phương thức chi thực hiện điều chỉnh mức lương cơ sở theo Nghị định 47/2016/NĐ-CP ngày 26/5/2016 của Chính phủ, điều chỉnh trợ hàng tháng đối với cán bộ xã đã nghỉ việc theo Nghị định 5/2016/NĐ-CP ngày15/6/2016 của Chính phủ;""",
    [("47/2016/NĐ-CP", "2016-05-26"), ("55/2016/NĐ-CP", "2016-06-15"), ("32/2015/TT-BTC", "2015-02-17"),
     ("17/2015/NĐ-CP", "2015-02-14"), ("09/2015/NĐ-CP", "2015-01-22"), ("103/2016/TT-BTC", "2016-06-29"),
     ("47/2016/NĐ-CP", "2016-05-26"), ("5/2016/NĐ-CP", "2016-06-15")])

add("https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Nghi-quyet-24-2020-NQ-HDND-sua-doi-che-do-chi-tieu-hanh-chinh-su-nghiep-tinh-Hau-Giang-460436.aspx",
    "a legal database's page: a title, a metadata block with fields on shared lines ('Số hiệu: … Loại văn bản: …', 'Ngày ban hành: 04/12/2020 Ngày hiệu lực: Đã biết'), the header, a decree dated after the misspelt 'ngay' (no tone mark) and again after 'ngày'",
    """Nghị quyết 24/2020/NQ-HĐND sửa đổi chế độ chi tiêu hành chính sự nghiệp tỉnh Hậu Giang

Số hiệu: 24/2020/NQ-HĐND Loại văn bản: Nghị quyết
Nơi ban hành: Tỉnh Hậu Giang Người ký: Trần Văn Huyến
Ngày ban hành: 04/12/2020 Ngày hiệu lực: Đã biết
Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật
Tình trạng: Đã biết

HỘI ĐỒNG NHÂN DÂN
TỈNH HẬU GIANG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 24/2020/NQ-HĐND

Hậu Giang, ngày 04 tháng 12 năm 2020

NGHỊ QUYẾT

SỬA ĐỔI, BỔ SUNG MỘT SỐ CHẾ ĐỘ CHI TIÊU HÀNH CHÍNH SỰ NGHIỆP TRÊN ĐỊA BÀN TỈNH HẬU GIANG

HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG
KHÓA IX KỲ HỌP THỨ 19

Căn cứ Luật Tiêu chuẩn và Quy chuẩn kỹ thuật ngày 29 tháng 6 năm 2006;

Căn cứ Nghị định số 127/2007/NĐ-CP ngay 01 tháng 8 năm 2007 của Chính phủ quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và Quy chuẩn kỹ thuật;

Căn cứ Nghị định số 78/2018/NĐ-CP ngày 16 tháng 6 năm 2018 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 127/2007/NĐ-CP ngày 01 tháng 8 năm 2007 của Chính phủ quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và Quy chuẩn kỹ thuật;""",
    [("24/2020/NQ-HĐND", "2020-12-04"), ("24/2020/NQ-HĐND", "2020-12-04"), ("24/2020/NQ-HĐND", "2020-12-04"),
     ("127/2007/NĐ-CP", "2007-08-01"), ("78/2018/NĐ-CP", "2018-06-16"), ("127/2007/NĐ-CP", "2007-08-01")])

add("https://thangbinh.quangnam.gov.vn/webcenter/portal/thangbinh/pages_tin-tuc/chi-tiet?dDocName=PORTAL346699",
    "a district portal's commune news: a Prime Minister's decision whose slash became a space ('QĐ số 318 QĐ-TTg  ngày 8/3/2022'), a district council resolution by number only ('Nghị Quyết số 53', no reference)",
    """Bình Quế tuyên truyền nông thôn mới

Sáng ngày 29/6, Ban chỉ đạo xây dựng NTM xã Bình Quế tổ chức hội nghị tuyên truyền xây dựng nông thôn mới cho toàn thể cán bộ quân dân chính và cán bộ các chi tổ hội trên địa bàn.

     Hội nghị tập trung truyền đạt Nghị Quyết số 53 của HĐND Huyện về phát triển kinh tế vùng tây. Triển khai 19 tiêu chí về xây dựng nông thôn mới giai đoạn (2021-2025) theo QĐ số 318 QĐ-TTg  ngày 8/3/2022 của Thủ tướng chính phủ về ban hành bộ tiêu chí quốc gia về xã nông thôn mới.""",
    [("318/QĐ-TTg", "2022-03-08")])

add("https://ls1.hethongphapluat.com/quyet-dinh-47-2005-qd-ubnd-ve-quy-dinh-bau-mien-nhiem-bai-nhiem-truong-thon-ban-tieu-khu-do-tinh-quang-binh-ban-hanh.html",
    "a legal database's copy of a 2005 Quảng Bình decision: a related-documents list with item numbers ('- 1 Thông tư liên tịch 01/2005/TTLT-…'), the header as one '|' row, the Front–Home Affairs joint circular written later with a slash for the type hyphen ('01/2005/TTLT/BTTUBTWMTTQVN-BNV'), a department letter with no type ('718/SNV')",
    """- 1 Thông tư liên tịch 01/2005/TTLT-BTTUBTWMTTQVN-BNV hướng dẫn quy trình bầu, miễn nhiệm, bãi nhiệm Trưởng thôn, Tổ Trưởng Tổ Dân phố do Ban Thường trực Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam và Bộ Nội vụ ban hành
- 2 Nghị định 79/2003/NĐ-CP Quy chế thực hiện dân chủ ở xã
- 3 Luật Tổ chức Hội đồng nhân dân và Ủy ban Nhân dân 2003
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 47/2005/QĐ-UBND | Đồng Hới, ngày 08 tháng 9 năm 2005 |
VỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ BẦU, MIỄN NHIỆM, BÃI NHIỆM TRƯỞNG THÔN, BẢN, TIỂU KHU
ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/ 2003;
Căn cứ Nghị định số 79/2003/NĐ-CP ngày 07/7/2003 của Chính phủ ban hành Quy chế thực hiện dân chủ ở xã; Thông tư liên tịch số 01/2005/TTLT/BTTUBTWMTTQVN-BNV ngày 12/5/2005 của Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Bộ Nội vụ hướng dẫn quy trình bầu, miễn nhiệm và bãi nhiệm Trưởng thôn, Tổ trưởng Tổ dân phố;
Xét tình hình thực tế ở địa phương và theo đề nghị của Giám đốc Sở Nội vụ tại Công văn số 718/SNV ngày 19/8/2005,
QUYẾT ĐỊNH""",
    [("01/2005/TTLT-BTTUBTWMTTQVN-BNV", "2005-05-12"), ("79/2003/NĐ-CP", "2003-07-07"), ("47/2005/QĐ-UBND", "2005-09-08"),
     ("79/2003/NĐ-CP", "2003-07-07"), ("01/2005/TTLT-BTTUBTWMTTQVN-BNV", "2005-05-12"), ("718/SNV", "2005-08-19")])

add("http://chiuychibo.blogspot.com/2018/01/",
    "a Party cell secretaries' blog: an upper-case post title naming a Central Organisation Commission guide ('SỐ 09-HD/BTCTW'), its header, a Central Committee regulation dated with hyphens ('ngày 25-7-2016'), a Secretariat guide with a space after the hyphen ('01- HD/TW, ngày 20-9-2016')",
    """Thứ Tư, 31 tháng 1, 2018

HƯỚNG DẪN NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN, SỐ 09-HD/BTCTW

BAN CHẤP HÀNH TRUNG ƯƠNG
BAN TỔ CHỨC
*
ĐẢNG CỘNG SẢN VIỆT NAM

Số: 09-HD/BTCTW
Hà Nội, ngày 05 tháng 6 năm 2017


Căn cứ Điều lệ Đảng, Quy định số 29-QĐ/TW, ngày 25-7-2016 của Ban Chấp hành Trung ương về “Thi hành Điều lệ Đảng”, Hướng dẫn số 01- HD/TW, ngày 20-9-2016 của Ban Bí thư “Một số vấn đề cụ thể thi hành Điều lệ Đảng”;
Ban Tổ chức Trung ương hướng dẫn một số vấn đề về nghiệp vụ công tác đảng viên như sau:
1.1- Xây dựng và thực hiện kế hoạch kết nạp đảng viên
a) Tỉnh ủy và tương đương""",
    [("09-HD/BTCTW", "2017-06-05"), ("09-HD/BTCTW", "2017-06-05"), ("29-QĐ/TW", "2016-07-25"), ("01-HD/TW", "2016-09-20")])

add("http://baothuathienhue.vn/chinh-tri-xa-hoi/",
    "a newspaper's section page: a Politburo directive without 'số' or a date",
    """Đại hội XIII của Đảng sẽ giảm 5% số lượng ủy viên cấp tỉnh, cấp huyện

Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội Đảng bộ các cấp tiến tới Đại hội XIII nêu rõ sẽ giảm khoảng 5% số lượng ủy viên cấp tỉnh, cấp huyện.

ĐỒNG HÀNH CÙNG DOANH NGHIỆP""",
    [("35-CT/TW", "")])

add("https://hethongphapluat.com/thong-tu-lien-tich-84-2005-ttlt-btc-bldtbxh-huong-dan-cap-phat-quan-ly-kinh-phi-thuc-hien-chinh-sach-doi-voi-nguoi-co-cong-voi-cach-mang-do-nganh-lao-dong-thuong-binh-va-xa-hoi-quan-ly-do-bo-tai-chinh-bo-lao-dong-thuong-binh.html",
    "a legal database's copy of a 2005 finance–labour joint circular: the header as one '|' row, an old Government decree with no year ('28/CP') cited four times, twice dated and twice not",
    """Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.
BỘ TÀI CHÍNH-BỘ LAO ĐỘNG, | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 84/2005/TTLT-BTC-BLĐTBXH | Hà Nội, ngày 23 tháng 09 năm 2005 |
Căn cứ Nghị định số 60/2003/NĐ-CP ngày 06/6/2003 của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật ngân sách Nhà nước;
Căn cứ Nghị định số 28/CP ngày 29/4/1995 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người hoạt động cách mạng, liệt sỹ và gia đình liệt sỹ, thương binh, bệnh binh, người hoạt động kháng chiến, người có công giúp đỡ cách mạng, các Nghị định sửa đổi, bổ sung Nghị định số 28/CP ngày 29/4/1995 và các văn bản quy phạm pháp luật hiện hành;
Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội hướng dẫn cấp phát và quản lý kinh phí thực hiện chính sách đối với người có công với cách mạng do ngành Lao động - Thương binh và Xã hội quản lý (sau đây gọi tắt là kinh phí thực hiện chính sách ưu đãi đối với người có công với cách mạng) như sau:
1. Ngân sách Trung ương đảm bảo nguồn kinh phí để thực hiện chính sách ưu đãi đối với người có công với cách mạng theo Nghị định số 28/CP ngày 29/4/1995 của Chính phủ, các Nghị định sửa đổi, bổ sung Nghị định số 28/CP và các văn bản quy phạm pháp luật có liên quan khác của cấp có thẩm quyền.""",
    [("84/2005/TTLT-BTC-BLĐTBXH", "2005-09-23"), ("60/2003/NĐ-CP", "2003-06-06"), ("28/CP", "1995-04-29"),
     ("28/CP", "1995-04-29"), ("28/CP", "1995-04-29"), ("28/CP", "1995-04-29")])

add("https://luatminhkhue.vn/thong-tu-lien-tich-so-68-2013-ttlt-btc-bldtbxh-cua-bo-lao-dong--thuong-binh-va-xa-hoi-bo-tai-chinh---quy-dinh-quan-ly-va-su-dung-kinh-phi-thuc-hien-du-an-3-va-du-an-4-cua-chuong-trinh-muc-tieu-quoc-gi.aspx",
    "a law firm's copy of a 2013 finance–labour joint circular: words glued where the page lost spaces ('Thực hiệnQuyết định số 1489/QĐ-TTg', 'giảmnghèo'), a Government resolution without year, a decision cited again with a space before the colon ('1489/QĐ-TTg :')",
    """BỘ TÀI CHÍNH - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 68/2013/TTLT-BTC-BLĐTBXH

Hà Nội, ngày 21 tháng 5 năm 2013

THÔNG TƯ LIÊN TỊCH

QUY ĐỊNH QUẢN LÝ VÀ SỬ DỤNG KINH PHÍ THỰC HIỆN DỰ ÁN 3 VÀDỰ ÁN 4 CỦA CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN2012-2015

Căn cứ Nghị quyết số 80/NQ-CP ngày 19/5/2011 của Chính phủ về định hướng giảmnghèo bền vững thời kỳ từ năm 2011 đến năm 2020;

Căn cứ Quyết định số 135/2009/QĐ-TTg ngày 04/11/2009 của Thủ tướng Chính phủ ban hành Quy chếquản lý, điều hành thực hiện các Chương trình mục tiêu quốc gia;

Thực hiệnQuyết định số 1489/QĐ-TTg ngày 08/10/2012 của Thủ tướng Chính phủ phê duyệtChương trình mục tiêu quốc gia Giảm nghèo bền vững giai đoạn 2012-2015.

Bộ trưởngBộ Tài chính, Bộ trưởng Bộ Lao động- Thương binh và Xã hội ban hành Thông tưliên tịch quy định quản lý và sử dụng kinh phí thực hiện Dự án 3 và Dự án 4 củaChương trình mục tiêu quốc gia Giảm nghèo bền vững giai đoạn 2012-2015 (sau đây gọi tắt là Chương trình).

Điều 1. Phạm vi và đối tượng áp dụng:

1. Phạm vi áp dụng:

a) Thông tư này quy định việc quảnlý và sử dụng nguồn vốn sự nghiệp để thực hiện Dự án3 và Dự án 4 của Chương trình theo Quyết định số 1489/QĐ-TTg :""",
    [("68/2013/TTLT-BTC-BLĐTBXH", "2013-05-21"), ("80/NQ-CP", "2011-05-19"), ("135/2009/QĐ-TTg", "2009-11-04"),
     ("1489/QĐ-TTg", "2012-10-08"), ("1489/QĐ-TTg", "2012-10-08")])

add("https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Thong-tu-lien-tich-82-2014-TTLT-BTC-BLDTBXH-muc-chi-to-chuc-thi-tay-nghe-ASEAN-lan-X-2014-237171.aspx",
    "a legal database's copy of a 2014 joint circular with its header in '|' cells and every Căn cứ line broken after 'Nghị định' or 'Quyết', dates in words cut by a line break ('ngày 23 tháng 12 năm 2013 của\\nChính phủ'), a Prime Minister's decision with a space after the hyphen ('1935/QĐ- TTg')",
    """BỘ TÀI CHÍNH - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 82/2014/TTLT-BTC-BLĐTBXH
|
Hà Nội, ngày 25 tháng 6 năm 2014
|
THÔNG TƯ LIÊN TỊCH
HƯỚNG DẪN NỘI DUNG VÀ MỨC
CHI THỰC HIỆN ĐỀ ÁN TỔ CHỨC THI TAY NGHỀ ASEAN LẦN THỨ X NĂM 2014 TẠI VIỆT NAM
Căn cứ Nghị định
số 106/2012/NĐ-CP ngày 20 tháng 12 năm 2012 của Chính phủ quy định chức năng,
nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - Thương binh và Xã hội;
Thực hiện Quyết
định số 1935/QĐ- TTg ngày 21/10/2013 của Thủ tướng Chính phủ về việc phê duyệt
Đề án tổ chức thi tay nghề ASEAN lần thứ X năm 2014 tại Việt Nam;
Bộ trưởng Bộ
Tài chính và Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư
liên tịch hướng dẫn nội dung và mức chi thực hiện Đề án tổ chức thi tay nghề
ASEAN lần thứ X năm 2014 tại Việt Nam.""",
    [("82/2014/TTLT-BTC-BLĐTBXH", "2014-06-25"), ("106/2012/NĐ-CP", "2012-12-20"),
     ("1935/QĐ-TTg", "2013-10-21")])

add("http://business.gov.vn/tabid/128/catid/384/item/5490/quy-tr%C3%ACnh-ki%E1%BB%83m-%C4%91%E1%BB%8Bnh-k%E1%BB%B9-thu%E1%BA%ADt-an-to%C3%A0n-h%E1%BB%87-th%E1%BB%91ng-c%C3%A1p-treo-ch%E1%BB%9F-ng%C6%B0%E1%BB%9Di-t%C3%A0u-l%C6%B0%E1%BB%A3n-cao-t%E1%BB%91c-v%C3%A0-h%E1%BB%87-th%E1%BB%91ng-m%C3%A1ng-tr%C6%B0%E1%BB%A3t.aspx",
    "a business portal's note repeated by the page: a labour circular dated after the symbol, a gazette date and an effective date (no issue dates)",
    """được Bộ Lao động, Thương binh và Xã hội ban hành tại Thông tư số 01/2010/TT-BLĐTBXH ngày 12/1/2010.

được Bộ Lao động, Thương binh và Xã hội ban hành tại Thông tư số 01/2010/TT-BLĐTBXH ngày 12/1/2010.

Thông tư được đăng Công báo ngày 2/2/2010, có hiệu lực thi hành kể từ ngày 1/7/2010.""",
    [("01/2010/TT-BLĐTBXH", "2010-01-12"), ("01/2010/TT-BLĐTBXH", "2010-01-12")])

add("http://www.haiphong.gov.vn/Portal/PrintItem.aspx?ContentID=150073",
    "a city portal's print page of a district Party committee's news: Party documents named by number only ('Nghị quyết 45 của Bộ Chính trị', 'Chỉ thị số 35', 'Thông tri 36', 'Chương trình hành động 76'), none a reference; a print date line",
    """Hải Phòng, ngày 27 tháng 02 năm 2020

Sáng 24/7, Quận ủy tổ chức Hội nghị quán triệt, tuyên truyền, triển khai thực hiện Nghị quyết 45 của Bộ Chính trị; các văn bản chỉ đạo của Trung ương, Thành ủy, Quận ủy về ĐH Đảng các cấp tiến tới ĐH VI Đảng bộ quận nhiệm kỳ 2020-2025. Đồng chí Trần Văn Khuê – TUV, Bí thư Quận ủy dự và quán triệt các nội dung.

            Đây là đợt sinh hoạt chính trị quan trọng nhằm học tập và quán triệt, triển khai sâu rộng đến cấp ủy, lãnh đạo các cấp trong toàn quận về Nghị quyết 45, Chỉ thị số 35 của Bộ chính trị; Thông tri 36, Chương trình hành động 76 của BTV Thành ủy;  kế hoạch và các văn bản chỉ đạo của Quận ủy, BTV Quận ủy về tổ chức Đại hội Đảng bộ, chi bộ cơ sở, tiến tới Đại hội VI Đảng bộ quận, nhiệm kỳ 2020 - 2025.""",
    [])

add("https://hethongphapluat.com/quyet-dinh-13-2014-qd-ubnd-ve-quy-che-phoi-hop-tiep-nhan-xu-ly-phan-anh-kien-nghi-cua-ca-nhan-to-chuc-ve-quy-dinh-hanh-chinh-tren-dia-ban-tinh-vinh-long.html",
    "a legal database's copy of a 2014 Vĩnh Long decision: decrees dated after a comma (', ngày 14 tháng 02 năm 2008'), laws dated after a comma (no reference), an effective date counted from signing",
    """Hệ thống pháp luật

ỦY BAN NHÂN DÂN
TỈNH VĨNH LONG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 13/2014/QĐ-UBND

Vĩnh Long, ngày 15 tháng 7 năm 2014

QUYẾT ĐỊNH

BAN HÀNH QUY CHẾ PHỐI HỢP TIẾP NHẬN, XỬ LÝ PHẢN ÁNH KIẾN NGHỊ CỦA CÁ NHÂN, TỔ CHỨC VỀ QUY ĐỊNH HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH VĨNH LONG

ỦY BAN NHÂN DÂN TỈNH VĨNH LONG

Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân, ngày 26 tháng 11 năm 2003;

Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân, ngày 03 tháng 12 năm 2004;

Căn cứ Nghị định số 20/2008/NĐ-CP, ngày 14 tháng 02 năm 2008 của Chính phủ về việc tiếp nhận phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính;

Căn cứ Nghị định số 48/2013/NĐ-CP, ngày 14 tháng 5 năm 2013 của Chính phủ về sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính;

Theo đề nghị của Giám đốc Sở Tư pháp,

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính trên địa bàn tỉnh Vĩnh Long.""",
    [("13/2014/QĐ-UBND", "2014-07-15"), ("20/2008/NĐ-CP", "2008-02-14"), ("48/2013/NĐ-CP", "2013-05-14")])

add("https://phapluatcongdong.vn/van-ban/quyet-dinh-52-2011-qd-ubnd-ban-hanh-tinh-binh-phuoc-nam-2011-p261574.htm",
    "a legal site's page: a title, a Markdown-like metadata table ('Số hiệu: | 52/2011/QĐ-UBND |', 'Ngày ban hành: | 30/08/2011 |'), the header in '|' cells, provincial decisions dated in words",
    """Quyết định 52/2011/QĐ-UBND về Quy chế phối hợp giữa Văn phòng Ủy ban nhân dân với sở, ban, ngành tỉnh, Ủy ban nhân dân cấp huyện, xã trong việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính trên địa bàn tỉnh Bình Phước do Ủy ban nhân dân tỉnh Bình Phước ban hành
Số hiệu: | 52/2011/QĐ-UBND | Loại văn bản: | Quyết định |
Nơi ban hành: | Tỉnh Bình Phước | Người ký: | Trương Tấn Thiệu |
Ngày ban hành: | 30/08/2011 | Ngày hiệu lực: | Đang cập nhật |
Ngày công báo: | Đang cập nhật | Số công báo: | Đang cập nhật |
Lĩnh vực: | Xây dựng pháp luật và thi hành pháp luật, | Tình trạng: | Đang cập nhập |
Ngày hết hiệu lực: | Đang cập nhật |
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 52/2011/QĐ-UBND |
Bình Phước, ngày 30 tháng 8 năm 2011 |
ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;
Căn cứ Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính;
Căn cứ Quyết định số 10/2009/QĐ-UBND ngày 10 tháng 3 năm 2009 của Ủy ban nhân dân tỉnh về việc tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân về quy định hành chính;
Căn cứ Quyết định số 516/QĐ-UBND ngày 09 tháng 3 năm 2011 của Ủy ban nhân dân tỉnh về việc ban hành quy chế tổ chức và hoạt động""",
    [("52/2011/QĐ-UBND", "2011-08-30"), ("52/2011/QĐ-UBND", "2011-08-30"), ("52/2011/QĐ-UBND", "2011-08-30"),
     ("20/2008/NĐ-CP", "2008-02-14"), ("10/2009/QĐ-UBND", "2009-03-10"), ("516/QĐ-UBND", "2011-03-09")])

add("https://tapchixaydung.vn/chuyen-muc-dich-su-dung-dat-tai-tinh-hau-giang.tag",
    "a magazine's tag page: a Prime Minister's letter with no type ('công văn 387/TTg-NN ngày …'), lower-case 'công văn'",
    """chuyển mục đích sử dụng đất tại tỉnh hậu giang

  • Chuyển mục đích sử dụng hơn 29 ha đất tại tỉnh Hậu Giang

    Tại công văn 387/TTg-NN ngày 27/4/2022, Phó Thủ tướng Chính phủ Lê Văn Thành chấp thuận Ủy ban nhân dân tỉnh Hậu Giang quyết định chuyển mục đích sử dụng 29,32 ha đất trồng lúa sang đất phi nông nghiệp để thực hiện Dự án đường tỉnh 926B.""",
    [("387/TTg-NN", "2022-04-27")])

add("https://nhandan.vn/thu-tuc-chuyen-muc-dich-su-dung-dat-tag73806.html",
    "a newspaper's tag page: a Prime Minister's decision signed, no date given; National Assembly resolutions named without number",
    """Điều kiện, thủ tục chuyển mục đích sử dụng đất lúa, đất rừng tại bốn địa phương
Phó Thủ tướng Chính phủ Lê Văn Thành vừa ký ban hành Quyết định số 10/2022/QĐ-TTg quy định về trình tự, thủ tục chấp thuận chuyển mục đích sử dụng đất trồng lúa nước cho HĐND bốn tỉnh, thành phố: Hải Phòng, Thanh Hóa, Nghệ An và Cần Thơ tại các Nghị quyết được Quốc hội khóa XV thông qua.""",
    [("10/2022/QĐ-TTg", "")])

add("https://ls1.hethongphapluat.com/quyet-dinh-02-2011-qd-ubnd-quy-dinh-trinh-tu-thu-tuc-xay-dung-ban-hanh-van-ban-quy-pham-phap-luat-thuoc-tham-quyen-cua-uy-ban-nhan-dan-tinh-tuyen-quang.html",
    "a legal database's copy of a 2011 Tuyên Quang decision: the header as one '|' row, two decrees in one Căn cứ line (the second amending the first, which is cited again), a justice department's submission",
    """UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 02/2011/QĐ-UBND | Tuyên Quang, ngày 18 tháng 3 năm 2011 |
UỶ BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức Hội đồng nhân dân, Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;
Căn cứ Nghị định số 91/2006/NĐ-CP ngày 06 tháng 9 năm 2006 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Uỷ ban nhân dân;
Căn cứ Nghị định số 13/2008/NĐ-CP ngày 04 tháng 02 năm 2008 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc UBND tỉnh, thành phố trực thuộc Trung ương; Nghị định số 16/2009/NĐ-CP ngày 16 tháng 02 năm 2009 của Chính phủ về sửa đổi, bổ sung khoản 2, Điều 8, Nghị định số 13/2008/NĐ-CP ngày 04 tháng 02 năm 2008 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc UBND tỉnh, thành phố trực thuộc Trung ương;
Căn cứ Nghị định số 40/2010/NĐ-CP ngày 12 tháng 4 năm 2010 của Chính phủ về kiểm tra và xử lý văn bản quy phạm pháp luật;
Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 126/TTr-STP ngày 29 tháng 9 năm 2010 về việc ban hành Quy định trình tự, thủ tục xây dựng, ban hành văn bản quy phạm pháp luật thuộc thẩm quyền của Uỷ ban nhân dân tỉnh Tuyên Quang,
QUYẾT ĐỊNH:""",
    [("02/2011/QĐ-UBND", "2011-03-18"), ("91/2006/NĐ-CP", "2006-09-06"), ("13/2008/NĐ-CP", "2008-02-04"),
     ("16/2009/NĐ-CP", "2009-02-16"), ("13/2008/NĐ-CP", "2008-02-04"), ("40/2010/NĐ-CP", "2010-04-12"),
     ("126/TTr-STP", "2010-09-29")])

add("https://phapluatcongdong.vn/van-ban/quyet-dinh-13-2018-qd-ubnd-ban-hanh-tinh-dien-bien-nam-2018-p99589.htm",
    "a legal site's page of a 2018 Điện Biên decision: title, metadata table in '|' cells, header cells, the decisions it repeals listed as numbered items dated in words",
    """Quyết định 13/2018/QĐ-UBND về Quy chế xây dựng và ban hành văn bản quy phạm pháp luật của Ủy ban nhân dân tỉnh Điện Biên
Số hiệu: | 13/2018/QĐ-UBND | Loại văn bản: | Quyết định |
Nơi ban hành: | Tỉnh Điện Biên | Người ký: | Mùa A Sơn |
Ngày ban hành: | 26/03/2018 | Ngày hiệu lực: | Đang cập nhật |
Ngày công báo: | Đang cập nhật | Số công báo: | Đang cập nhật |
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 13/2018/QĐ-UBND |
Điện Biên, ngày 26 tháng 03 năm 2018 |
BAN HÀNH QUY CHẾ XÂY DỰNG VÀ BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT CỦA ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật;
Theo đề nghị của Giám đốc Sở Tư pháp,
QUYẾT ĐỊNH:
1. Quyết định số 09/2008/QĐ-UBND ngày 30 tháng 5 năm 2008 của Ủy ban nhân dân tỉnh Điện Biên về việc ban hành Quy định về trình tự, thủ tục xây dựng, ban hành văn bản quy phạm pháp luật và mẫu văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân các cấp tỉnh Điện Biên.
2. Quyết định số 10/2013/QĐ-UBND ngày 01 tháng 7 năm 2013 của Ủy ban nhân dân tỉnh Điện Biên ban hành Quy chế thẩm định văn bản quy phạm pháp luật trên địa bàn tỉnh Điện Biên.""",
    [("13/2018/QĐ-UBND", "2018-03-26"), ("13/2018/QĐ-UBND", "2018-03-26"), ("13/2018/QĐ-UBND", "2018-03-26"),
     ("34/2016/NĐ-CP", "2016-05-14"), ("09/2008/QĐ-UBND", "2008-05-30"), ("10/2013/QĐ-UBND", "2013-07-01")])

add("https://hethongphapluat.com/nghi-quyet-178-nq-hdnd-nam-2021-ve-du-toan-thu-ngan-sach-nha-nuoc-tren-dia-ban-thu-chi-ngan-sach-dia-phuong-nam-2022-tinh-thanh-hoa.html",
    "a legal database's copy of a 2021 Thanh Hóa council resolution with no year in its number ('178/NQ-HĐND'), a term line broken inside a word ('KH\\nÓA XVIII'), Prime Minister's and Finance Ministry's decisions dated in words",
    """Hệ thống pháp luật

HỘI ĐỒNG NHÂN DÂN
TỈNH THANH HÓA
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 178/NQ-HĐND

Thanh Hóa, ngày 10 tháng 12 năm 2021

NGHỊ QUYẾT

VỀ DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN; THU, CHI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2022, TỈNH THANH HÓA

HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA
KH
ÓA XVIII, KỲ HỌP THỨ 4

Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;

Căn cứ Nghị định số 31/2017/NĐ-CP ngày 23 tháng 3 năm 2017 của Chính phủ ban hành Quy chế lập, thẩm tra, quyết định kế hoạch tài chính 05 năm địa phương, kế hoạch đầu tư công trung hạn 05 năm địa phương, kế hoạch tài chính - ngân sách nhà nước 03 năm địa phương, dự toán và phân bổ ngân sách địa phương, phê chuẩn quyết toán ngân sách địa phương hằng năm;

Căn cứ Quyết định số 1379/QĐ-TTg ngày 02 tháng 8 năm 2021 của Thủ tướng Chính phủ về việc bổ sung kinh phí thường xuyên thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2021;

Căn cứ Quyết định số 2047/QĐ-TTg ngày 03 tháng 12 năm 2021 của Thủ tướng Chính phủ về việc giao dự toán ngân sách nhà nước năm 2022;

Căn cứ Quyết định số 2297/QĐ-BTC ngày 07 tháng 12 năm 2021 của Bộ Tài chính về việc giao dự toán thu, chi ngân sách nhà nước năm 2022;

Căn cứ Thông tư số 61/2021/TT-BTC ngày 26 tháng 7 năm 2021 của Bộ Tài chính về hướng dẫn xây dựng dự toán ngân sác""",
    [("178/NQ-HĐND", "2021-12-10"), ("31/2017/NĐ-CP", "2017-03-23"), ("1379/QĐ-TTg", "2021-08-02"),
     ("2047/QĐ-TTg", "2021-12-03"), ("2297/QĐ-BTC", "2021-12-07"), ("61/2021/TT-BTC", "2021-07-26")])

add("https://ls1.hethongphapluat.com/quyet-dinh-46-2012-qd-ubnd-ve-quy-dinh-pham-vi-bao-ve-cong-trinh-thuy-loi-do-uy-ban-nhan-dan-tinh-nghe-an-ban-hanh.html",
    "a legal database's copy of a 2012 Nghệ An decision: the header as one '|' row, two decrees in one line joined by '; Căn cứ', lower-case 'chính phủ', a department's letter as the proposal",
    """UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 46/2012/QĐ-UBND | Nghệ An, ngày 20 tháng 7 năm 2012 |
QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH VỀ PHẠM VI BẢO VỆ CÔNG TRÌNH THUỶ LỢI
ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;
Căn cứ Pháp lệnh Khai thác và bảo vệ công trình thuỷ lợi ngày 04/4/2001;
Căn cứ Nghị định số 143/2003/NĐ-CP ngày 28/11/2003 của Chính phủ Quy định chi tiết thi hành một số điều của Pháp lệnh khai thác và bảo vệ công trình thuỷ lợi; Căn cứ Nghị định số 140/2005/NĐ-CP ngày 11/11/2005 của chính phủ Quy định về xử phạt vi phạm hành chính trong lĩnh vực khai thác và bảo vệ công trình thuỷ lợi;
Căn cứ Nghị định số 112/2008/NĐ-CP ngày 20/10/2008 của chính phủ Quy định về quản lý, bảo vệ, khai thác tổng hợp tài nguyên và môi trường các hồ chứa thuỷ điện, thuỷ lợi;
Căn cứ Nghị định số 72/2007/NĐ-CP ngày 07/5/2007 của Chính phủ về quản lý an toàn đập;
Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Công văn số 469/SNN-CCTL ngày 13/3/2012,
QUYẾT ĐỊNH:""",
    [("46/2012/QĐ-UBND", "2012-07-20"), ("143/2003/NĐ-CP", "2003-11-28"), ("140/2005/NĐ-CP", "2005-11-11"),
     ("112/2008/NĐ-CP", "2008-10-20"), ("72/2007/NĐ-CP", "2007-05-07"), ("469/SNN-CCTL", "2012-03-13")], ocr=True)

add("http://mnphuthuongtayho.edu.vn/thong-tin/tin-hoat-dong/hoat-dong-chuyen-mon/hoat-dong-chuyen-mon-tieu-hoc/huong-dan-thuc-hien-nhiem-vu-chuyen-mon-cap-tieu-hoc-nam-hoc.html",
    "a kindergarten site's copy of a district education office's guide: a city department's letter and the district office's own letter written with a space after the slash ('Công văn số 182/ PGDĐT ngày 01/9/2021')",
    """Căn cứ Công văn số 3078/SGDĐT-GDTH ngày 31/8/2021 của Sở Giáo dục và Đào tạo về việc Hướng dẫn thực hiện nhiệm vụ giáo dục Tiểu học năm học 2021-2022; Công văn số 182/ PGDĐT ngày 01/9/2021 của Phòng Giáo dục và Đào tạo về việc thực hiện nhiệm vụ năm học 2021-2022  cấp tiểu học quận Tây Hồ và tình hình thực tế địa bàn quận, Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường Tiểu học trên địa bàn thực hiện nhiệm vụ chuyên môn năm học 2021-2022 như sau:""",
    [("3078/SGDĐT-GDTH", "2021-08-31"), ("182/PGDĐT", "2021-09-01")])

add("https://thuvienphapluat.vn/documents/law.aspx?id=0%3DpZd05qWTTm&mode=09JoMWIyNW5YekWT",
    "a legal database's copy of a 2008 Health circular: the header number with a space before the slash ('05 /2008/TT-BYT'), every date in words broken across lines ('ngày 27 tháng 12 năm\\n2007', 'ngày 04\\ntháng 02'), a Government Office letter and a Prime Minister's dispatch ('Công điện số 695/CĐ-TTg\\nngày …'), a joint circular cited as 'Thông tư số 03/2008/TTLT-BYT-BNV'",
    """BỘ
Y TẾ
-----
|
CỘNG
HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
-------
|
Số: 05 /2008/TT-BYT
|
Hà Nội, ngày 14 tháng 5 năm 2008
|
THÔNG TƯ
HƯỚNG DẪN CHỨC NĂNG, NHIỆM VỤ VÀ CƠ CẤU TỔ
CHỨC BỘ MÁY DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH Ở ĐỊA PHƯƠNG
Căn cứ Nghị định số 14/2008/NĐ-CP ngày 04
tháng 02 năm 2008 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Uỷ
ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh;
Căn cứ chỉ đạo của Thủ tướng Chính phủ tại công văn số 2694/VPCP-KGXV ngày 28
tháng 4 năm 2008 và Công điện số 695/CĐ-TTg
ngày 09 tháng 5 năm 2008 về củng cố, kiện toàn bộ máy làm công tác dân số và kế
hoạch hóa gia đình ở các tỉnh, thành phố trực thuộc Trung ương;
Căn cứ Thông tư số 03/2008/TTLT-BYT-BNV ngày
25 tháng 4 năm 2008 của Bộ Y tế và Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ quyền
hạn và cơ cấu tổ chức của Sở Y tế, Phòng Y tế thuộc Uỷ ban nhân dân cấp tỉnh, cấp
huyện;""",
    [("05/2008/TT-BYT", "2008-05-14"), ("14/2008/NĐ-CP", "2008-02-04"),
     ("2694/VPCP-KGXV", "2008-04-28"), ("695/CĐ-TTg", "2008-05-09"), ("03/2008/TTLT-BYT-BNV", "2008-04-25")])

add("https://thuvienphapluat.vn/van-ban/The-thao-Y-te/Quyet-dinh-647-QD-BYT-2015-Tieu-chi-xac-dinh-xa-tien-tien-ve-y-duoc-co-truyen-267943.aspx",
    "a legal database's page of a 2015 Health decision: title, metadata fields on shared lines, the header; a decree whose issuer was cut ('117/2014/NĐ', a number-year-type symbol), a 2001 ministry letter with an old office code ('5123/YT-YH') that the decision replaces",
    """Quyết định 647/QĐ-BYT năm 2015 về Tiêu chí xác định xã tiên tiến về y dược cổ truyền do Bộ trưởng Bộ Y tế ban hành

Số hiệu: 647/QĐ-BYT Loại văn bản: Quyết định
Nơi ban hành: Bộ Y tế Người ký: Nguyễn Thị Xuyên
Ngày ban hành: 14/02/2015 Ngày hiệu lực: Đã biết
Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật
Tình trạng: Đã biết

BỘ Y TẾ
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 647/QĐ-BYT

Hà Nội, ngày 14 tháng 02 năm 2015

QUYẾT ĐỊNH

BAN HÀNH TIÊU CHÍ XÁC ĐỊNH XÃ TIÊN TIẾN VỀ Y DƯỢC CỔ TRUYỀN

BỘ TRƯỞNG BỘ Y TẾ

Căn cứ Nghị định số 63/2012/NĐ-CP ngày 31/8/2012 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;

Căn cứ Nghị định số 117/2014/NĐ ngày 08/12/2014 của Chính Phủ quy định về Y tế xã, phường, thị trấn;

Theo đề nghị của Cục trưởng Cục quản lý Y, Dược cổ truyền,

QUYẾT ĐỊNH:

Điều 3. Quyết định có hiệu lực kể từ ngày ký ban hành và thay thế công văn số 5123/YT-YH ngày 03/7/2001 của Bộ Y tế ban hành bản “Tiêu chuẩn xã tiên tiến về y học cổ truyền”.""",
    [("647/QĐ-BYT", "2015-02-14"), ("647/QĐ-BYT", "2015-02-14"), ("647/QĐ-BYT", "2015-02-14"),
     ("63/2012/NĐ-CP", "2012-08-31"), ("117/2014/NĐ", "2014-12-08"), ("5123/YT-YH", "2001-07-03")])

add("https://www.qdnd.vn/chinh-tri/tin-tuc/cong-bo-cac-nghi-quyet-cua-quoc-hoi-uy-ban-thuong-vu-quoc-hoi-684209",
    "a newspaper's report of the announcement of National Assembly and Standing Committee resolutions: a list of six resolutions with no dates (the date at the head is the announcement's, no year), one with no year in its number ('465/NQ-UBTVQH15')",
    """Ngày 21-1, Tổng thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội Bùi Văn Cường đã ký ban hành văn bản công bố các nghị quyết được thông qua tại Kỳ họp bất thường lần thứ nhất của Quốc hội khóa XV và Nghị quyết của Ủy ban Thường vụ Quốc hội khóa XV.
Bốn nghị quyết của Quốc hội được công bố gồm: Nghị quyết số 43/2022/QH15 về chính sách tài khóa, tiền tệ hỗ trợ Chương trình phục hồi và phát triển kinh tế-xã hội; Nghị quyết số 44/2022/QH15 về chủ trương đầu tư Dự án xây dựng công trình đường bộ cao tốc Bắc-Nam phía Đông giai đoạn 2021-2025; Nghị quyết số 45/2022/QH15 về thí điểm một số cơ chế, chính sách đặc thù phát triển thành phố Cần Thơ; Nghị quyết số 46/2022/QH15 về Kỳ họp bất thường lần thứ nhất, Quốc hội khóa XV.
Hai nghị quyết của Ủy ban Thường vụ Quốc hội được công bố gồm: Nghị quyết số 14/2022/UBTVQH15 điều chỉnh Chương trình xây dựng luật, pháp lệnh năm 2022; Nghị quyết số 465/NQ-UBTVQH15 về việc phê chuẩn Ban Thư ký, Quốc hội khóa XV.""",
    [("43/2022/QH15", ""), ("44/2022/QH15", ""), ("45/2022/QH15", ""), ("46/2022/QH15", ""),
     ("14/2022/UBTVQH15", ""), ("465/NQ-UBTVQH15", "")])

add("https://utc.edu.vn/tin-hoat-dong-chung/ph%C3%B2ng-c%C3%B4ng-t%C3%A1c-ch%C3%ADnh-tr%E1%BB%8B-v%C3%A0-sinh-vi%C3%AAn/tin-t%E1%BB%A9c-%C4%91%E1%BA%A3ng-b%E1%BB%99/k%E1%BA%BF-ho%E1%BA%A1ch-t%E1%BB%95-ch%E1%BB%A9c-%C4%91%E1%BA%A1i-h%E1%BB%99i",
    "a university's Party news: a bloc Party committee's plan citing a Politburo directive and a city Party committee's plan by number only ('Kế hoạch số 155, ngày 07/7/2019', no reference)",
    """Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ chính trị  (Khóa XII) về đại hội đảng các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số 155, ngày 07/7/2019 của Thành ủy Hà Nội về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu lần thứ XVII Đảng bộ Thành phố Hà Nội; căn cứ tình hình thực tiễn của Đảng bộ Khối, Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội xây dựng Kế hoạch tổ chức đại hội Đảng các cấp tiến tới Đại hội đại biểu lần thứ III Đảng bộ Khối như sau:

Chi tiết xem file:""",
    [("35-CT/TW", "2019-05-30")])

add("https://ls1.hethongphapluat.com/quyet-dinh-08-2023-qd-ubnd-quy-dinh-noi-dung-ve-xay-dung-van-ban-quy-pham-phap-luat-cua-hoi-dong-nhan-dan-uy-ban-nhan-dan-tinh-hai-duong.html",
    "a legal database's copy of a 2023 Hải Dương decision: a page-loading notice before the header, a decree and a justice ministry circular dated in words",
    """Hệ thống pháp luật
Đang tải nội dung, vui lòng chờ giây lát...
Đang tải nội dung, vui lòng chờ giây lát...

ỦY BAN NHÂN DÂN
TỈNH HẢI DƯƠNG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 08/2023/QĐ-UBND

Hải Dương, ngày 19 tháng 01 năm 2023

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH MỘT SỐ NỘI DUNG VỀ XÂY DỰNG VĂN BẢN QUY PHẠM PHÁP LUẬT CỦA HỘI ĐỒNG NHÂN DÂN, ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG

ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG

Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật;

Căn cứ Thông tư số 03/2022/TT-BTP ngày 10 tháng 02 năm 2022 của Bộ Tư pháp hướng dẫn việc đánh giá tác động của thủ tục hành chính trong lập đề nghị xây dựng văn bản quy phạm pháp luật và soạn thảo dự án, dự thảo văn bản quy phạm pháp luật;""",
    [("08/2023/QĐ-UBND", "2023-01-19"), ("34/2016/NĐ-CP", "2016-05-14"), ("03/2022/TT-BTP", "2022-02-10")])

# Passages that go in as a scan read by tesseract or as a PDF's text (as in unseen21r–23r, a few of each): four
# scans (a Central Organisation Commission guide on a cell secretaries' blog, a commune's Party plan, a Health
# circular's header and Căn cứ, a Nghệ An decision), three PDFs (metadata tables in '|' cells and a header row).
OCR_URLS = ("chiuychibo.blogspot.com", "trieudo.trieuphong.quangtri.gov.vn", "id=0%3DpZd05qWTTm", "quyet-dinh-46-2012-qd-ubnd")
PDF_URLS = ("quyet-dinh-52-2011-qd-ubnd", "quyet-dinh-13-2018-qd-ubnd", "nghi-quyet-18-2018-nq-hdnd")
for p in P:
    if any(u in p["source"] for u in OCR_URLS):
        p["ocr"] = True
    if any(u in p["source"] for u in PDF_URLS):
        p["pdf"] = True
