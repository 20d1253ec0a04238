# Passages of unseen25r (copied from public web pages found with the `pages` corpus of the search tool; see
# SOURCES.md), with labels. Each passage is a short stretch of the stored copy of the page named in `source`.
# ocr=True: rendered to a PNG by ../render_ocr.py and put into refs.jsonl as tesseract's output.
# pdf=True: laid out by ../render_ocr.py as an HTML page (lines with ' | ' as table rows), printed to PDF by
# LibreOffice and read back with `pdftotext -layout`; the PDF text goes into refs.jsonl.
# Labels are the true references: the symbol as the issuer writes it (spaces around the hyphen and slash removed,
# an en dash read as the hyphen), the issue date where the passage gives it (at any mention of the same symbol),
# '' where it does not (an effective date, a date without its year, a year alone). Labelled by docs/vntext.md's
# conventions (a court's case-acceptance number 'thụ lý số …/TLST-…' is a docket entry, no reference — unseen20r).
P = []
def add(url, kinds, text, expect, ocr=False, pdf=False):
    P.append(dict(source=url, kinds=kinds, text=text, expect=[dict(symbol=s, date=d or None) for s, d in expect], ocr=ocr, pdf=pdf))

# ---------------------------------------------------------------- provincial People's Councils and ministries' circulars
add("https://ls1.hethongphapluat.com/nghi-quyet-54-2017-nq-hdnd-quy-dinh-noi-dung-muc-chi-kinh-phi-ngan-sach-nha-nuoc-cho-cong-tac-quan-ly-nha-nuoc-ve-thi-hanh-phap-luat-xu-ly-vi-pham-hanh-chinh-tren-dia-ban-tinh-hoa-binh.html",
    "a Hòa Bình People's Council resolution: header in one '|' row, a Finance circular signed by the minister, the provincial committee's submission",
    """HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 54/2017/NQ-HĐND | Hòa Bình, ngày 13 tháng 7 năm 2017 |
HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH
KHÓA XVI KỲ HỌP THỨ TƯ
Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;
Căn cứ Nghị định số 81/2013/NĐ-CP ngày 19 tháng 7 năm 2013 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xử lý vi phạm hành chính;
Căn cứ Thông tư số 19/2017/TT-BTC ngày 28 tháng 02 năm 2017 của Bộ trưởng Bộ Tài chính quy định việc lập dự toán, quản lý, sử dụng và quyết toán kinh phí ngân sách nhà nước cho công tác quản lý nhà nước về thi hành pháp luật xử lý vi phạm hành chính;
Xét Tờ trình số 33/TTr-UBND ngày 09 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh Hòa Bình về việc ban hành Nghị quyết quy định nội dung mức chi kinh phí ngân sách nhà nước cho công tác quản lý nhà nước về thi hành pháp luật xử lý vi phạm hành chính trên địa bàn tỉnh; báo cáo thẩm tra của Ban văn hóa - xã hội của Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.""",
    [("54/2017/NQ-HĐND", "2017-07-13"), ("81/2013/NĐ-CP", "2013-07-19"), ("19/2017/TT-BTC", "2017-02-28"), ("33/TTr-UBND", "2017-06-09")])

add("https://ls1.hethongphapluat.com/nghi-quyet-27-2017-nq-hdnd-quy-dinh-ve-che-do-cong-tac-phi-che-do-chi-hoi-nghi-tren-dia-ban-tinh-an-giang.html",
    "an An Giang People's Council resolution: header row, a Finance circular, the submission, the resolution it replaces, the annex's 'Ban hành kèm theo' line",
    """HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 27/2017/NQ-HĐND | An Giang, ngày 08 tháng 12 năm 2017 |
QUY ĐỊNH CHẾ ĐỘ CÔNG TÁC PHÍ, CHẾ ĐỘ CHI HỘI NGHỊ TRÊN ĐỊA BÀN TỈNH AN GIANG
HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG
KHÓA IX, KỲ HỌP THỨ 6
Căn cứ Thông tư số 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ trưởng Bộ Tài chính quy định chế độ công tác phí, chế độ chi hội nghị;
Xét Tờ trình số 627/TTr-UBND ngày 26 tháng 10 năm 2017 của Ủy ban nhân dân tỉnh về việc ban hành Nghị quyết quy định chế độ công tác phí, chế độ chi hội nghị trên địa bàn tỉnh An Giang; Báo cáo thẩm tra của Ban kinh tế - ngân sách; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
QUYẾT NGHỊ:
Điều 2. Giao Ủy ban nhân dân tỉnh triển khai thực hiện Nghị quyết này.
Điều 3. Nghị quyết này đã được Hội đồng nhân dân tỉnh An Giang khóa IX kỳ họp thứ 6 thông qua ngày 08 tháng 12 năm 2017, có hiệu lực từ ngày 18 tháng 12 năm 2017 và thay thế Nghị quyết số 14/2010/NQ-HĐND ngày 09 tháng 12 năm 2010 của Hội đồng nhân dân tỉnh về chế độ công tác phí, chế độ tổ chức các cuộc hội nghị đối với cơ quan nhà nước và đơn vị sự nghiệp công lập trên địa bàn tỉnh An Giang./.
| CHỦ TỊCH |
CHẾ ĐỘ CÔNG TÁC PHÍ, CHẾ ĐỘ CHI HỘI NGHỊ TRÊN ĐỊA BÀN TỈNH AN GIANG
(Ban hành kèm theo Nghị quyết số 27/2017/NQ-HĐND ngày 08 tháng 12 năm 2017 của Hội đồng nhân dân tỉnh)""",
    [("27/2017/NQ-HĐND", "2017-12-08"), ("40/2017/TT-BTC", "2017-04-28"), ("627/TTr-UBND", "2017-10-26"), ("14/2010/NQ-HĐND", "2010-12-09"), ("27/2017/NQ-HĐND", "2017-12-08")])

add("https://thuvienphapluat.vn/archive/Nghi-quyet-10-2012-NQ-HDND-Quy-dinh-che-do-dinh-muc-chi-tieu-tai-chinh-phuc-vb148469.aspx",
    "a legal database's archive copy of a Thái Nguyên People's Council resolution: metadata fields two to a line, the header, laws by year only, three Standing Committee resolutions dated d/m/yyyy",
    """Số hiệu: 10/2012/NQ-HĐND Loại văn bản: Nghị quyết
Nơi ban hành: Tỉnh Thái Nguyên Người ký: Vũ Hồng Bắc
Ngày ban hành: 19/07/2012 Ngày hiệu lực: Đã biết
Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật
Tình trạng: Đã biết

HỘI ĐỒNG NHÂN DÂN
TỈNH THÁI NGUYÊN
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 10/2012/NQ-HĐND

Thái Nguyên, ngày 19 tháng 7 năm 2012

NGHỊ QUYẾT

VỀ QUY ĐỊNH MỘT SỐ CHẾ ĐỘ, ĐỊNH MỨC CHI TIÊU TÀI CHÍNH PHỤC VỤ HOẠT ĐỘNG CỦA HỘI ĐỒNG NHÂN DÂN CÁC CẤP, TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN

HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN
KHÓA XII, KỲ HỌP THỨ 4

Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân năm 2003;

Căn cứ Luật Ngân sách Nhà nước năm 2002;

Căn cứ Nghị quyết số 730/2004/NQ-UBTVQH11 ngày 30/9/2004 của Ủy ban Thường vụ Quốc hội về việc phê chuẩn bảng lương chức vụ, bảng phụ cấp chức vụ đối với cán bộ lãnh đạo của Nhà nước; bảng lương chuyên môn, nghiệp vụ ngành tòa án, ngành kiểm sát;

Căn cứ Nghị quyết số 753/2005/NQ-UBTVQH11 ngày 02/4/2005 của Uỷ ban Thường vụ Quốc hội ban hành Quy chế hoạt động của HĐND;

Căn cứ Nghị quyết số 773/2009/NQ-UBTVQH12 ngày 31/3/2009 của Uỷ ban Thường vụ Quốc hội về quy định một số chế độ chi tiêu tài chính phục vụ hoạt động của Quốc hội, các cơ quan của Quốc hội, các cơ quan trực thuộc Uỷ ban Thường vụ Quốc hội, các Đoàn đại biểu Quốc hội và đại biểu Quốc hội;""",
    [("10/2012/NQ-HĐND", "2012-07-19"), ("10/2012/NQ-HĐND", "2012-07-19"), ("730/2004/NQ-UBTVQH11", "2004-09-30"), ("753/2005/NQ-UBTVQH11", "2005-04-02"), ("773/2009/NQ-UBTVQH12", "2009-03-31")])

add("https://luatminhkhue.vn/nghi-quyet-02-2013-nq-hdnd-quy-dinh-che-do-chi-tieu-tai-chinh-bao-dam-hoat-dong-cua-hoi-dong-nhan-dan-cac-cap-tren-dia-ban-tinh-bac-lieu.aspx",
    "a Bạc Liêu People's Council resolution copied with broken text: its title lost every accented letter ('v vic quy đnh'), words glued ('Nhà nướcngày', 'ngày15 tháng 7'), a Standing Committee resolution of 'khóa XIII' glued to the issuer",
    """HỘI ĐỒNG NHÂN DÂN
TỈNH BẠC LIÊU

-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 02/2013/NQ-HĐND

Bạc Liêu, ngày 19 tháng 07 năm 2013

NGHỊ QUYẾT

v vic quy đnh mt s ch đ chi tiêu tài chính bo đm hot đng ca Hi đng nhân dân các cp

HỘI ĐỒNG NHÂN DÂN TỈNH BẠC LIÊU
KHÓA VIII, KỲ HỌP THỨ BẢY

Căn cứ Luật Tổ chức Hội đồng nhândân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;

Căn cứ Luật Ngân sách Nhà nướcngày 16 tháng 12 năm 2002;

Căn cứ Thông tư số 97/2010/TT-BTC ngày 06 tháng 7 năm 2010 của Bộ Tài chính “Quy định chế độ công tác phí, chế độchi tổ chức các cuộc Hội nghị đối với các cơ quan Nhà nước và đơn vị sự nghiệpcông lập”;

Trên cơ sở áp dụng Nghị quyết số 524/2012/NQ-UBTVQH13 ngày 20 tháng 9 năm 2012 của Ủy ban Thường vụ Quốc hộikhóa XIII “về một số chế độ chi tiêu bảo đảm hoạt động của Quốc hội”;

Xét Tờ trình số 05/TTr-HĐND ngày15 tháng 7 năm 2013 của Thường trực Hội đồng nhân dân tỉnh “về việc quy địnhmột số chế độ chi tiêu bảo đảm hoạt động của Hội đồng nhân dân các cấp”; Báocáo thẩm tra của Ban Pháp chế của Hội đồng nhân dân và ý kiến Đại biểu Hội đồngnhân dân tỉnh,""",
    [("02/2013/NQ-HĐND", "2013-07-19"), ("97/2010/TT-BTC", "2010-07-06"), ("524/2012/NQ-UBTVQH13", "2012-09-20"), ("05/TTr-HĐND", "2013-07-15")])

add("https://thuviennhadat.vn/vbpl/nghi-quyet-48-2017-nq-hdnd-quy-dinh-che-do-cong-tac-phi-che-do-chi-hoi-nghi-tra-vinh-372186.html",
    "a Trà Vinh People's Council resolution: header in '|' cells broken word by word, a circular's date on the next line, a submission dated d/m/yyyy",
    """HỘI ĐỒNG
NHÂN DÂN
TỈNH TRÀ VINH
--------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
48/2017/NQ-HĐND
|
Trà Vinh, ngày
08 tháng 12 năm 2017
|
NGHỊ QUYẾT
QUY ĐỊNH CHẾ ĐỘ CÔNG TÁC PHÍ, CHẾ ĐỘ CHI HỘI NGHỊ TRÊN ĐỊA
BÀN TỈNH TRÀ VINH
HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH
KHÓA IX - KỲ HỌP THỨ 6
Căn cứ Luật Ngân sách Nhà nước ngày
25/6/2015;
Căn cứ Thông tư số 40/2017/TT-BTC ngày
28/4/2017 của Bộ trưởng Bộ Tài chính quy định chế độ công tác phí, chế độ chi hội
nghị;
Xét Tờ trình số 4208/TTr-UBND ngày 13/11/2017
của UBND tỉnh về việc quy định chế độ công tác phí, chế độ chi hội nghị trên địa
bàn tỉnh Trà Vinh; báo cáo thẩm tra của Ban Kinh tế - Ngân sách và ý kiến thảo
luận của đại biểu HĐND tỉnh tại kỳ họp.""",
    [("48/2017/NQ-HĐND", "2017-12-08"), ("40/2017/TT-BTC", "2017-04-28"), ("4208/TTr-UBND", "2017-11-13")])

add("https://thuviennhadat.vn/vbpl/quyet-dinh-298-qd-ubnd-kinh-phi-bau-cu-dai-bieu-quoc-hoi-khoa-xiv-hoi-dong-nhan-dan-bac-giang-2016-2-306737.html",
    "a Bắc Giang provincial decision on election funds: header in cells, laws and a National Assembly resolution by number without a date, a Finance circular, the provincial council's standing body's letter, a department's submission",
    """ỦY
BAN NHÂN DÂN
TỈNH BẮC GIANG
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 298/QĐ-UBND
|
Bắc Giang, ngày 09 tháng 03 năm 2016
|
QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH LẬP DỰ TOÁN, QUẢN LÝ, SỬ DỤNG VÀ QUYẾT TOÁN KINH PHÍ
BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XIV VÀ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CÁC CẤP NHIỆM KỲ
2016 - 2021
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG
Căn cứ Luật bầu cử đại biểu Quốc hội
và đại biểu Hội đồng nhân dân số 85/2015/QH13;
Căn cứ Nghị quyết số 105/2015/QH13
của Quốc hội về ngày bầu cử đại biểu Quốc hội khóa
XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016-2021;
Căn cứ
Thông tư số 06/2016/TT-BTC ngày 14/01/2016 của Bộ Tài chính về việc Hướng dẫn
việc lập dự toán, quản lý, sử dụng và quyết toán kinh phí bầu cử đại biểu Quốc
hội khóa XIV và đại biểu Hội đồng nhân dân các cấp
nhiệm kỳ 2016 - 2021;
Căn cứ Công văn số 104/HĐND-KTNS
ngày 01 tháng 3 năm 2016 của Thường trực HĐND tỉnh về việc nhất trí nội dung, mức
chi các hoạt động phục vụ công tác bầu cử;
Xét đề nghị của Giám đốc Sở Tài
chính tại Tờ trình số 12/TTr-STC ngày 25 tháng 02 năm 2016,""",
    [("298/QĐ-UBND", "2016-03-09"), ("85/2015/QH13", ""), ("105/2015/QH13", ""), ("06/2016/TT-BTC", "2016-01-14"), ("104/HĐND-KTNS", "2016-03-01"), ("12/TTr-STC", "2016-02-25")])

add("https://ls1.hethongphapluat.com/quyet-dinh-08-2015-qd-ubnd-quy-dinh-ve-quy-trinh-chuyen-doi-mo-hinh-quan-ly-kinh-doanh-khai-thac-cho-tren-dia-ban-tinh-lai-chau.html",
    "a Lai Châu provincial decision: header row, 'Căn cứ các Nghị định của Chính phủ: Số …; số …' (a list under one type word), a department's submission with an en dash and spaces ('56/TTr – SCT'), the annex's 'Quyết định số: …' line",
    """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 08/2015/QĐ-UBND | Lai Châu, ngày 16 tháng 4 năm 2015 |
UỶ BAN NHÂN DÂN TỈNH LAI CHÂU
Căn cứ Luật Quản lý, sử dụng tài sản Nhà nước năm 2008;
Căn cứ các Nghị định của Chính phủ: Số 02/2003/NĐ-CP ngày 14 tháng 01 năm 2003 về phát triển và quản lý chợ; số 114/2009/NĐ-CP ngày 23 tháng 12 năm 2009 về sửa đổi, bổ sung một số điều của Nghị định số 02/2003/NĐ-CP;
Theo đề nghị của Giám đốc Sở Công thương tại Tờ trình số 56/TTr – SCT ngày 02 tháng 02 năm 2015,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quy trình chuyển đổi mô hình quản lý, kinh doanh, khai thác chợ trên địa bàn tỉnh Lai Châu.
Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.
| TM. ỦY BAN NHÂN DÂN |
QUY TRÌNH CHUYỂN ĐỔI MÔ HÌNH QUẢN LÝ, KINH DOANH, KHAI THÁC CHỢ TRÊN ĐỊA BÀN TỈNH LAI CHÂU
(Ban hành kèm theo Quyết định số: 08/2015/QĐ-UBND ngày 16/4/2015 của Ủy ban Nhân dân tỉnh Lai Châu)""",
    [("08/2015/QĐ-UBND", "2015-04-16"), ("02/2003/NĐ-CP", "2003-01-14"), ("114/2009/NĐ-CP", "2009-12-23"), ("02/2003/NĐ-CP", "2003-01-14"),
     ("56/TTr-SCT", "2015-02-02"), ("08/2015/QĐ-UBND", "2015-04-16")])

add("https://vanbanphapluat.co/nghi-quyet-27-2019-nq-hdnd-ket-qua-giai-quyet-nhung-van-de-phat-sinh-giua-hai-ky-hop-binh-dinh",
    "a document site's copy of a Bình Định People's Council resolution: the symbol in three title lines without a date, the header, the council's standing body's submission and a report",
    """Nghị quyết 27/2019/NQ-HĐND

Nghị quyết 27/2019/NQ-HĐND về kết quả phối hợp giải quyết những vấn đề phát sinh giữa hai kỳ họp do tỉnh Bình Định ban hành

Nội dung toàn văn Nghị quyết 27/2019/NQ-HĐND kết quả giải quyết những vấn đề phát sinh giữa hai kỳ họp Bình Định


HỘI ĐỒNG NHÂN DÂN
TỈNH BÌNH ĐỊNH
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 27/2019/NQ-HĐND

Bình Định, ngày 11 tháng 7 năm 2019

NGHỊ QUYẾT

VỀ KẾT QUẢ PHỐI HỢP GIẢI QUYẾT NHỮNG VẤN ĐỀ PHÁT SINH GIỮA HAI KỲ HỌP

HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH
KHÓA XII KỲ HỌP THỨ 9

Xét Tờ trình số 02/TTr-HĐND ngày 28 tháng 6 năm 2019 của Thường trực Hội đồng nhân dân tỉnh và Báo cáo số 09/BC-HĐND ngày 28 tháng 6 năm 2019 kèm theo Tờ trình về kết quả phối hợp giải quyết những vấn đề phát sinh giữa hai kỳ họp; ý kiến thảo luận của đại biểu Hội đồng nhân dân tại kỳ họp.""",
    [("27/2019/NQ-HĐND", "2019-07-11"), ("27/2019/NQ-HĐND", "2019-07-11"), ("27/2019/NQ-HĐND", "2019-07-11"), ("27/2019/NQ-HĐND", "2019-07-11"),
     ("02/TTr-HĐND", "2019-06-28"), ("09/BC-HĐND", "2019-06-28")])

add("https://thuviennhadat.vn/vbpl/nghi-quyet-67-2016-nq-hdnd-chuong-trinh-phat-trien-kinh-te-cua-khau-lai-chau-2016-2020-335462.html",
    "a Lai Châu People's Council resolution: header cells with the place name broken over a line ('Lai\\nChâu, ngày'), a submission and an examining report with their dates on the next line",
    """HỘI
ĐỒNG NHÂN DÂN
TỈNH LAI CHÂU
--------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
67/2016/NQ-HĐND
|
Lai
Châu, ngày 10 tháng 12 năm 2016
|
NGHỊ QUYẾT
VỀ
CHƯƠNG TRÌNH PHÁT TRIỂN KINH TẾ CỬA KHẨU TỈNH LAI CHÂU GIAI ĐOẠN 2016-2020
HỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU
KHÓA XIV, KỲ HỌP THỨ TƯ
Xét Tờ trình số 2307/TTr-UBND
ngày 18 tháng 11 năm 2016 của Ủy ban nhân dân tỉnh về việc ban hành Nghị quyết thông
qua Chương trình phát triển kinh tế cửa khẩu tỉnh Lai Châu giai đoạn 2016 -
2020; Báo cáo thẩm tra số 503/BC-HĐND ngày 02 tháng 12 năm 2016 của Ban Kinh tế
- Ngân sách Hội đồng nhân dân tỉnh; ý kiến của đại biểu Hội đồng nhân dân tỉnh
tại kỳ họp.""",
    [("67/2016/NQ-HĐND", "2016-12-10"), ("2307/TTr-UBND", "2016-11-18"), ("503/BC-HĐND", "2016-12-02")])

add("https://hethongphapluat.com/quyet-dinh-04-2023-qd-ubnd-64312e0deaf7995e7fe6b06d466fcc42.html",
    "a Lai Châu provincial decision: header, a decree, a Finance circular and a Labour circular with dates in words",
    """Hệ thống pháp luật

ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 04/2023/QĐ-UBND

Lai Châu, ngày 17 tháng 3 năm 2023

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH CƠ CHẾ QUAY VÒNG MỘT PHẦN VỐN HỖ TRỢ ĐỂ LUÂN CHUYỂN TRONG CỘNG ĐỒNG THEO TỪNG DỰ ÁN, PHƯƠNG ÁN HỖ TRỢ PHÁT TRIỂN SẢN XUẤT CỘNG ĐỒNG THUỘC CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIAI ĐOẠN 2021-2025 TRÊN ĐỊA BÀN TỈNH LAI CHÂU

ỦY BAN NHÂN DÂN TỈNH LAI CHÂU

Căn cứ Thông tư số 15/2022/TT-BTC ngày 04 tháng 3 năm 2022 của Bộ Tài chính quy định quản lý và sử dụng kinh phí sự nghiệp thực hiện Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030, giai đoạn I: từ năm 2021 đến năm 2025;

Căn cứ Thông tư số 09/2022/TT-BLĐTBXH ngày 25 tháng 5 năm 2022 của Bộ Lao động - Thương binh và Xã hội""",
    [("04/2023/QĐ-UBND", "2023-03-17"), ("15/2022/TT-BTC", "2022-03-04"), ("09/2022/TT-BLĐTBXH", "2022-05-25")])

# ---------------------------------------------------------------- courts and the procuracy
add("https://luatvietnam.vn/ban-an/ban-an-34-2025-ds-st-2-1349978-d11.html",
    "a legal site's page of a 2025 civil judgment of a regional court: the judgment's symbol in the title, a download box, an attributes table in '|' cells ('Số hiệu', 'Ngày ban hành')",
    """Bản án số 34/2025/DS-ST ngày 15/08/2025 của Tòa án nhân dân khu vực 1 - Vĩnh Long, tỉnh Vĩnh Long về các tranh chấp dân sự trong trường hợp chưa có điều luật áp dụng
- Thuộc tính
- Nội dung
- VB gốc
- VB liên quan
Tải văn bản
-
Bản án số 34/2025/DS-ST
Quý khách vui lòng Đăng nhập tài khoản để tải file. Nếu chưa có tài khoản, Quý khách vui lòng đăng ký tại đây!
Báo lỗi
Thuộc tính Bản án 34/2025/DS-ST
| Tên Bản án: | Bản án số 34/2025/DS-ST ngày 15/08/2025 của Tòa án nhân dân khu vực 1 - Vĩnh Long, tỉnh Vĩnh Long về các tranh chấp dân sự trong trường hợp chưa có điều luật áp dụng |
|---|---|
| Quan hệ pháp luật: | Các tranh chấp dân sự trong trường hợp chưa có điều luật áp dụng |
| Cấp xét xử: | Sơ thẩm |
| Tòa án xét xử: | Tòa án nhân dân khu vực 1 - Vĩnh Long, tỉnh Vĩnh Long |
| Số hiệu: | 34/2025/DS-ST |
| Loại văn bản: | Bản án |
| Ngày ban hành: | 15/08/2025 |
| Lĩnh vực: | Dân sự |""",
    [("34/2025/DS-ST", "2025-08-15"), ("34/2025/DS-ST", "2025-08-15"), ("34/2025/DS-ST", "2025-08-15"), ("34/2025/DS-ST", "2025-08-15"), ("34/2025/DS-ST", "2025-08-15")])

add("https://thuvienphapluat.vn/banan/ban-an/ban-an-ve-tranh-chap-ve-tro-cap-khi-cham-dut-hop-dong-lao-dong-so-012022ldst-297437",
    "a labour judgment of a city court: title with the symbol, the upper-case heading 'BẢN ÁN … NGÀY dd/mm/yyyy VỀ …', a case-acceptance number (no reference), the decision to bring the case to trial with 'số:' and a spaced hyphen ('02/2022/QĐXX - LĐST')",
    """Bản án về tranh chấp về trợ cấp khi chấm dứt hợp đồng lao động số 01/2022/LĐ-ST

TÒA ÁN NHÂN DÂN TP.BUÔN MA THUỘT, TỈNH ĐĂK LĂK

BẢN ÁN 01/2022/LĐ-ST NGÀY 08/09/2022 VỀ TRANH CHẤP VỀ TRỢ CẤP KHI CHẤM DỨT HỢP ĐỒNG LAO ĐỘNG

Ngày 08 tháng 9 năm 2022 tại trụ sở Tòa án nhân dân thành phố Buôn Ma Thuột xét xử sơ thẩm công khai vụ án lao động thụ lý số: 03/2021/TLST-LĐ ngày 05 tháng 7 năm 2021 về “Kiện tranh chấp về trợ cấp mất việc làm khi chấm dứt hợp đồng lao động” theo Quyết định đưa vụ án ra xét xử số: 02/2022/QĐXX - LĐST ngày 25 tháng 7 năm 2022 giữa các đương sự:""",
    [("01/2022/LĐ-ST", "2022-09-08"), ("01/2022/LĐ-ST", "2022-09-08"), ("02/2022/QĐXX-LĐST", "2022-07-25")])

add("https://thuvienphapluat.vn/banan/ban-an/ban-an-ve-khieu-kien-quyet-dinh-hanh-chinh-trong-linh-vuc-quan-ly-dat-dai-so-182022hcpt-248330",
    "an administrative appeal judgment of the High Court in Đà Nẵng: upper-case heading with its date, a case-acceptance number with a spaced hyphen (no reference), the first-instance judgment dated 'ngày 09 - 8 - 2021', the decision to bring the appeal to trial",
    """Bản án về khiếu kiện quyết định hành chính trong lĩnh vực quản lý đất đai số 18/2022/HC-PT

TÒA ÁN NHÂN DÂN CẤP CAO TẠI ĐÀ NẴNG

BẢN ÁN 18/2022/HC-PT NGÀY 21/02/2022 VỀ KHIẾU KIỆN QUYẾT ĐỊNH HÀNH CHÍNH TRONG LĨNH VỰC QUẢN LÝ ĐẤT ĐAI

Ngày 21 tháng 02 năm 2022, tại trụ sở Tòa án nhân dân cấp cao tại Đà Nẵng, xét xử phúc thẩm công khai vụ án hành chính thụ lý số 282/2021/TLPT- HC ngày 12 tháng 5 năm 2021 về việc “Khiếu kiện quyết định hành chính trong lĩnh vực quản lý đất đai”, do Bản án hành chính sơ thẩm số 15/2021/HC-ST ngày 09 - 8 - 2021 của Toà án nhân dân tỉnh Quảng Ngãi bị kháng cáo.

Theo Quyết định đưa vụ án ra xét xử phúc thẩm số 984/2022/QĐ-PT ngày 08 tháng 02 năm 2022, giữa các đương sự:""",
    [("18/2022/HC-PT", "2022-02-21"), ("18/2022/HC-PT", "2022-02-21"), ("15/2021/HC-ST", "2021-08-09"), ("984/2022/QĐ-PT", "2022-02-08")])

add("https://thuvienphapluat.vn/van-ban/Trach-nhiem-hinh-su/Huong-dan-23-HD-VKSTC-2021-kiem-sat-bien-ban-phien-toa-xet-xu-vu-an-hinh-su-472426.aspx",
    "a Supreme People's Procuracy guide: header in cells, the place and the year each broken over a line ('Hà\\nNội, ngày 22 tháng 4 năm\\n2021')",
    """VIỆN
KIỂM SÁT NHÂN DÂN
TỐI CAO
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
23/HD-VKSTC
|
Hà
Nội, ngày 22 tháng 4 năm
2021
|
HƯỚNG DẪN
KIỂM SÁT BIÊN BẢN PHIÊN TÒA XÉT XỬ CÁC VỤ ÁN HÌNH SỰ
Để thực hiện thống nhất, hiệu quả
công tác kiểm sát biên bản phiên tòa các vụ án hình sự, đảm bảo xét xử đúng người,
đúng tội, đúng pháp luật; đồng thời góp phần nâng cao số lượng, chất lượng
kháng nghị, kiến nghị, Viện kiểm sát nhân dân tối cao hướng dẫn Viện kiểm sát
nhân dân các cấp về công tác kiểm sát biên bản phiên tòa xét xử các vụ án hình
sự như sau:""",
    [("23/HD-VKSTC", "2021-04-22")])

add("https://tailieuthamkhao.com/ap-dung-an-treo-tu-thuc-tien-tinh-tay-ninh-7-21404",
    "a thesis on suspended sentences in Tây Ninh: the Supreme Court's Council of Judges resolution with its court's abbreviation after a space ('01/2007/NQ-HĐTP TANDTC ngày 02/10/2007')",
    """Quyết định trên là chưa chính xác và bị Viện kiểm sát nhân dân tỉnh Tây Ninh kháng nghị, Tòa án nhân dân tỉnh Tây Ninh sửa Bản án sơ thẩm. Việc Tòa án trừ thời gian bị cáo đã bị giữ, tạm giam vào thời gian thử thách là không chính xác và không đúng quy định của pháp luật làm ảnh hưởng đến nghĩa vụ của bị cáo.
Theo quy định tại Nghị quyết số 01/2007/NQ-HĐTP TANDTC ngày 02/10/2007 hướng dẫn áp dụng Điều 60 BLHS 1999 về án treo quy định về ấn định về thời gian thử thách và cách tính thời gian thử thách của án treo như sau:""",
    [("01/2007/NQ-HĐTP", "2007-10-02")])

add("https://toaannhabe.blogspot.com/2013/12/ky-nang-viet-ban-hinh-su-phuc-pham.html",
    "a district court's blog on writing appeal judgments: the Council of Judges resolution with the form it issued",
    """Kỹ năng viết bản án hình sự phúc phẩm

Bản án phúc thẩm hình sự được quy định tại Điều 248 Bộ luật tố tụng hình sự và được hướng dẫn viết theo mẫu bản án hình sự phúc thẩm (mẫu số 2đ) ban hành kèm theo Nghị quyết số 05/2005/NQ-HĐTP ngày 08 tháng 12 năm 2005 của Hội đồng Thẩm phán Tòa án nhân dân tối cao.""",
    [("05/2005/NQ-HĐTP", "2005-12-08")])

# ---------------------------------------------------------------- the Fatherland Front and Party documents
add("https://www.vietnamplus.vn/cong-viec-bau-cu-sau-hoi-nghi-hiep-thuong-lan-3-cua-doan-chu-tich-uy-ban-tw-mttq-post1093974.vnp",
    "news of the Front's third consultative conference: a 2025 joint resolution of the Standing Committee, the Government and the Front's Presidium with a slash for the type hyphen and a space for the hyphen between issuers ('102/2025/NQLT/UBTVQH15-CP ĐCTUBTWMTTQVN'), a Standing Committee resolution without a date",
    """Sau Hội nghị hiệp thương lần thứ ba của Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các cấp và các cơ quan, tổ chức, đơn vị có người được giới thiệu ứng cử tiến hành một số công việc cụ thể theo quy định của Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng Nhân dân; Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP ĐCTUBTWMTTQVN ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam; Nghị quyết số 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội và các văn bản hướng dẫn của Ủy ban Thường vụ Quốc hội, Hội đồng bầu cử quốc gia, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam./.""",
    [("102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "2025-09-26"), ("101/2025/UBTVQH15", "")])

add("https://baohagiang.vn/thoi-su-chinh-tri/202103/chuan-bi-ky-luong-cho-ngay-hoi-toan-dan-773370/",
    "a provincial newspaper on the 2021 elections: a Politburo directive whose issue date comes first in the sentence ('ngay từ ngày 20/6/2020, Bộ Chính trị đã ban hành Chỉ thị số 45-CT/TW')",
    """Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng phát biểu chỉ đạo Hội nghị trực tuyến toàn quốc triển khai công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026, sáng 21/1/2021.

 Để chuẩn bị mọi mặt cho cuộc bầu cử, ngay từ ngày 20/6/2020, Bộ Chính trị đã ban hành Chỉ thị số 45-CT/TW về lãnh đạo cuộc""",
    [("45-CT/TW", "2020-06-20")])

add("https://thpttranbien.edu.vn/ke-hoach-to-chuc-dai-hoi-chi-bo-truong-thpt-tran-bien-lan-iv-nhiem-ky-2020-2025/",
    "a school Party cell's plan for its congress: a Politburo directive cited twice with its date, the provincial organisation board's guide, the city Party committee's plan called 'công văn số … -KH/TU'",
    """Kế hoạch tổ chức Đại hội Chi bộ Trường THPT Trấn Biên lần IV, nhiệm kỳ 2020 – 2025

Căn cứ Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;

Căn cứ Hướng dẫn số 23-HD/BTCTU ngày 25/11/2019 của Ban tổ chức Tỉnh ủy về khung chương trình đại hội đảng cấp cơ sở và cấp trên cơ sở;

Chi ủy chi bộ trường THPT Trấn Biên xây dựng kế hoạch tổ chức Đại hội chi bộ nhiệm kỳ 2020 – 2025 như sau

I. MỤC ĐÍCH, YÊU CẦU

Quán triệt sâu sắc Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, công văn số 229-KH/TU ngày 19/9/2019 của Ban Thường vụ Thành ủy Biên Hòa.""",
    [("35-CT/TW", "2019-05-30"), ("23-HD/BTCTU", "2019-11-25"), ("35-CT/TW", "2019-05-30"), ("229-KH/TU", "2019-09-19")])

add("http://mnmyhung.thanhoaiedu.vn/Tin-tuc-su-kien/ke-hoach-dai-hoi-chi-bo-nk-2022-2025-245.html",
    "a commune kindergarten's Party cell plan: its header with the number under the cell's name ('Số: 10-KH/CBMN') and the date after the Party's name, central rules and guides, the district Party committee's letter, the district organisation board's guide and the commune Party committee's plan and guide",
    """ĐẢNG BỘ XÃ MỸ HƯNG
CHI BỘ TRƯỜNG MẦM NON
      Số: 10-KH/CBMN
       ĐẢNG CỘNG SẢN VIỆT NAM

         Mỹ Hưng, ngày 02 tháng 4  năm 2022
   
KẾ HOẠCH
Tổ chức Đại hội Chi bộ nhiệm kỳ 2022 - 2025

Thi hành Điều lệ Đảng cộng sản Việt Nam khóa XIII; Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung Ương về thi hành Điều lệ Đảng và Quy chế bầu cử trong Đảng (ban hành kèm theo Quyết định số 244-QĐ/TW ngày 09/6/2014 của Ban Chấp hành Trung Ương khóa XI; Hướng dẫn số 03-HD/TW ngày 20/3/2020 của Ban Bí thư Trung ương khóa XII về một số vấn đề cụ thể thực hiện Quy chế bầu cử trong đảng.
Thực hiện Công văn số 480-CV/HU ngày 17/3/2022 của Ban Thường vụ Huyện ủy, Căn cứ hướng dẫn số 01-HD/BTCHU ngày 18/3/2022 của Ban Tổ chức huyện ủy hướng dẫn Đại hội Chi bộ trực thuộc Đảng bộ cơ sở nhiệm kỳ 2022 - 2025. Kế hoạch số 40-KH/ĐU ngày 25/3/2022 của Đảng bộ xã Mỹ Hưng Kế hoạch đại hội các Chi bộ trực thuộc Đảng bộ xã Mỹ Hưng nhiệm kỳ 2022-2025; Hướng dẫn số 01-HD/ĐU ngày 25/3/2022 của Đảng ủy xã Mỹ Hưng hướng dẫn Đại hội Chi bộ trực thuộc Đảng bộ xã Mỹ Hưng nhiệm kỳ 2022 - 2025.""",
    [("10-KH/CBMN", "2022-04-02"), ("24-QĐ/TW", "2021-07-30"), ("244-QĐ/TW", "2014-06-09"), ("03-HD/TW", "2020-03-20"),
     ("480-CV/HU", "2022-03-17"), ("01-HD/BTCHU", "2022-03-18"), ("40-KH/ĐU", "2022-03-25"), ("01-HD/ĐU", "2022-03-25")])

add("https://baonghean.vn/ban-thuong-vu-tinh-uy-yeu-cau-4-nhom-noi-dung-va-3-nhom-van-de-chuan-bi-dai-hoi-dang-cac-cap-251290.html",
    "provincial Party news: the provincial standing committee's plan and the Politburo directive it carries out, both without a date",
    """Ban Thường vụ Tỉnh ủy yêu cầu 4 nhóm nội dung và 3 nhóm vấn đề chuẩn bị Đại hội Đảng các cấp

(Baonghean.vn) - Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 207-KH/TU triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị về “Đại hội Đảng bộ các cấp tiến tới Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng”.""",
    [("207-KH/TU", ""), ("35-CT/TW", "")])

add("https://hdndtuyenquang.gov.vn/tin-hoat-dong/trang-402.html",
    "a provincial council's news list: the Politburo directive dated with hyphens ('ngày 15-5-2016'), the meeting's date without a year",
    """Hội nghị giao ban thực hiện Chỉ thị số 05 của Bộ Chính trị
Ngày 17-4, tại tỉnh Bắc Giang, Ban Tuyên giáo Trung ương đã tổ chức Hội nghị giao ban việc thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh các tỉnh, thành ủy khu vực phía Bắc và các đảng ủy trực thuộc Trung ương.""",
    [("05-CT/TW", "2016-05-15")])

add("https://tinhuyquangtri.vn/Article/ViewList.aspx?mid=2542&pageid=379&pagenumber=54",
    "a provincial Party committee's news list: the same directive with ', ngày' and a short name in brackets, trade unions",
    """(01/06/2020)
Nhận thức sâu sắc về ý nghĩa và tầm quan trọng của việc thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (Chỉ thị 05), các cấp công đoàn trong tỉnh luôn sáng tạo, lựa chọn và quyết tâm thực hiện chỉ thị bằng những phương pháp mới, cách làm hay, thiết thực, hiệu quả.""",
    [("05-CT/TW", "2016-05-15")])

add("https://baoninhbinh.org.vn/s/%C4%91o%C3%A0n%20th%E1%BB%83?page=12",
    "a provincial newspaper's search list: the directive by its symbol without 'số' and without a date, the Front and mass organisations",
    """Tiếp tục đẩy mạnh thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị
Thiết thực kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh, thời gian qua, các cấp, các ngành, MTTQ và các đoàn thể chính trị - xã hội trong tỉnh đã dấy lên phong trào thi đua với nhiều hoạt động sáng tạo, hiệu quả.""",
    [("05-CT/TW", "")])

add("https://hethongphapluat.vn/huong-dan-136-hd-tandtc-nam-2017-cong-tac-to-chuc-phien-toa-rut-kinh-nghiem-theo-yeu-cau-cai-cach-tu-phap-do-toa-an-nhan-dan-toi-cao-ban-hanh.html",
    "a Supreme People's Court guide: header in one '|' row, a Politburo resolution opening a sentence, the Chief Justice's directive with its own type 'CT-CA'",
    """TÒA ÁN NHÂN DÂN TỐI CAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 136/HD-TANDTC | Hà Nội, ngày 30 tháng 03 năm 2017 |
CÔNG TÁC TỔ CHỨC PHIÊN TÒA RÚT KINH NGHIỆM THEO YÊU CẦU CẢI CÁCH TƯ PHÁP
Nghị quyết số 49-NQ/TW ngày 02/6/2005 của Bộ Chính trị về Chiến lược cải cách tư pháp đến năm 2020 đề ra mục tiêu “Xây dựng nền tư pháp trong sạch, vững mạnh, dân chủ, nghiêm minh, bảo vệ công lý, từng bước hiện đại, phục vụ nhân dân, phụng sự Tổ quốc Việt Nam xã hội chủ nghĩa”. Chỉ thị số 01/2017/CT-CA ngày 16/01/2017 của Chánh án Tòa án nhân dân tối cao về việc triển khai, tổ chức thực hiện các nhiệm vụ trọng tâm công tác năm 2017 của các Tòa án đặt ra yêu cầu đổi mới việc tổ chức phiên tòa xét xử theo đúng tinh thần cải cách tư pháp; đồng thời, giao chỉ tiêu mỗi Thẩm phán trong hệ thống Tòa án nhân dân trong năm 2017 chủ tọa xét xử ít nhất một phiên tòa rút kinh nghiệm.""",
    [("136/HD-TANDTC", "2017-03-30"), ("49-NQ/TW", "2005-06-02"), ("01/2017/CT-CA", "2017-01-16")])

add("https://text.123docz.net/document/4622835-thong-tu-lien-tich-quy-dinh-nhung-truong-hop-can-thiet-phai-trung-cau-giam-dinh-trong-giai-quyet-cac-vu-an-vu-viec-ve-tham-nhung-kinh-te.htm",
    "a document site's text of a draft joint circular of the procuracy, the court, police and justice: the header's cells shuffled by the PDF reader so that the blank number, the date and the symbol's tail sit on separate lines (no reference), codes and laws cited 'số … ngày …'",
    """VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO TÒA ÁN NHÂN DÂN TỐI CAO BỘ CÔNG AN - BỘ TƯ PHÁP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc
¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯

¯¯¯¯¯¯¯¯¯¯¯¯¯¯

Số:

Hà Nội, ngày

/2017/TTLT-VKSNDTC-TANDTC-BCA-BTP

tháng

năm 2017

DỰ THẢO LẦN VI

THÔNG TƯ LIÊN TỊCH
Quy định những trường hợp cần thiết phải trưng cầu giám định trong giải quyết
các vụ án, vụ việc về tham nhũng, kinh tế
Căn cứ Bộ luật tố tụng hình sự số 101/2015/QH13 ngày 27 tháng 11 năm 2015;
Căn cứ Luật giám định tư pháp số 13/2012/QH13 ngày 20 tháng 6 năm 2012;
Căn cứ Luật ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22
tháng 6 năm 2015;""",
    [("101/2015/QH13", "2015-11-27"), ("13/2012/QH13", "2012-06-20"), ("80/2015/QH13", "2015-06-22")])

add("https://hethongphapluat.com/du-thao-thong-tu-lien-tich-huong-dan-ve-hoat-dong-giam-dinh-tu-phap-trong-to-tung-hinh-su-do-bo-truong-bo-cong-an-bo-quoc-phong-bo-tu-phap-bo-y-te-vien-truong-vien-kiem-sat-nhan-dan-toi-cao-chanh-an-toa-an-nhan-dan-toi-c.html",
    "a 2025 joint circular of seven bodies (police, defence, justice, agriculture with '&', finance, procuracy, court) in a header row, codes and amending laws cited 'số … ngày …' two to a line",
    """BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ TƯ PHÁP - BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - BỘ TÀI CHÍNH - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 01/2025/TTLT-BCA-BQP-BTP-BNN&PTNT-BTC-VKSNDTC-TANDTC | Hà Nội, ngày 15 tháng 01 năm 2025 |
QUY ĐỊNH QUAN HỆ PHỐI HỢP TRONG HOẠT ĐỘNG GIÁM ĐỊNH TƯ PHÁP TRONG TỐ TỤNG HÌNH SỰ
Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13 ngày 27 tháng 11 năm 2015; Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng hình sự số 02/2021/QH15 ngày 12 tháng 11 năm 2021;
Căn cứ Luật Giám định tư pháp số 13/2012/QH13 ngày 20 tháng 6 năm 2012; Luật sửa đổi, bổ sung một số điều của Luật Giám định tư pháp số 56/2020/QH14 ngày 10 tháng 6 năm 2020;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 63/2020/QH14 ngày 18 tháng 6 năm 2020;""",
    [("01/2025/TTLT-BCA-BQP-BTP-BNN&PTNT-BTC-VKSNDTC-TANDTC", "2025-01-15"), ("101/2015/QH13", "2015-11-27"), ("02/2021/QH15", "2021-11-12"),
     ("13/2012/QH13", "2012-06-20"), ("56/2020/QH14", "2020-06-10"), ("80/2015/QH13", "2015-06-22"), ("63/2020/QH14", "2020-06-18")])

add("https://luatvietnam.vn/hinh-su/quyet-dinh-15-qd-vkstc-vien-kiem-sat-nhan-dan-toi-cao-158113-d1.html",
    "a legal site's page of a Supreme Procuracy decision: title with the year only, an attributes block whose fields are glued ('Số hiệu:15/QĐ-VKSTCNgày đăng công báo:…', 'Ngày ban hành:09/01/2018Ngày hết hiệu lực:')",
    """Quyết định 15/QĐ-VKSTC 2018 Mẫu văn bản tố tụng, văn bản nghiệp vụ trong công tác thực hành quyền công tố, kiểm sát việc khởi tố, điều tra, truy tố

 • Tóm tắt
 • Nội dung
 • VB gốc
 • Tiếng Anh
 • Hiệu lực
 • VB liên quan
 • Lược đồ

thuộc tính Quyết định 15/QĐ-VKSTC

Quyết định 15/QĐ-VKSTC của Viện kiểm sát nhân dân tối cao về việc ban hành Mẫu văn bản tố tụng, văn bản nghiệp vụ thực hiện trong công tác thực hành quyền công tố, kiểm sát việc khởi tố, điều tra và truy tố
Cơ quan ban hành: Viện kiểm sát nhân dân tối caoSố công báo:Đang cập nhật
Số hiệu:15/QĐ-VKSTCNgày đăng công báo:Đang cập nhật
Loại văn bản:Quyết địnhNgười ký:Lê Minh Trí
Ngày ban hành:09/01/2018Ngày hết hiệu lực:Đang cập nhật""",
    [("15/QĐ-VKSTC", "2018-01-09"), ("15/QĐ-VKSTC", "2018-01-09"), ("15/QĐ-VKSTC", "2018-01-09"), ("15/QĐ-VKSTC", "2018-01-09")])

add("https://khdlaw.vn/mau-quyet-dinh-khoi-to-vu-an-hinh-su-khdlaw",
    "a law firm's page on the procuracy's form for instituting a criminal case: a form number ('Mẫu số 20/HS', no reference) and the decision with its year only",
    """Mẫu quyết định khởi tố vụ án hình sự của Viện kiểm sát nhân dân tối cao mới nhất đang được áp dụng theo Mẫu số 20/HS tại Danh mục Mẫu văn bản tố tụng, văn bản nghiệp vụ thực hiện trong công tác thực hành quyền công tố, kiếm sát việc khởi tố, điều tra và truy tố ban hành kèm theo Quyết định 15/QĐ-VKSTC năm 2018.""",
    [("15/QĐ-VKSTC", "")])

add("https://123docz.net/document/7110392-vien-truong-vien-kiem-sat-nhan-dan-toi-cao-bo-truong-bo-cong-an-bo-quoc.htm",
    "a document site's PDF text of a joint circular of the procuracy, police and defence: the header's issuer broken ('VIỆN KIỂM SÁT NHÂN\\nDÂN TỐI CAO - BỘ'), the symbol alone at a line's start without 'Số:' and the place-and-date after it, a page marker glued ('Trang 1VIỆN')",
    """Trang 1VIỆN KIỂM SÁT NHÂN
DÂN TỐI CAO - BỘ
04/2018/TTLT-VKSNDTC-BCA-BQP Hà Nội, ngày 19 tháng 10 năm 2018
THÔNG TƯ LIÊN TỊCH
QUY ĐỊNH VỀ PHỐI HỢP GIỮA CƠ QUAN ĐIỀU TRA VÀ VIỆN KIỂM SÁTTRONG VIỆC THỰC HIỆN MỘT SỐ QUY ĐỊNH CỦA BỘ LUẬT TỐ TỤNG HÌNH
SỰ
Căn cứ Bộ luật Tố tụng hình sự ngày 27 tháng 11 năm 2015;
Viện trưởng Viện kiểm sát nhân dân tối cao, Bộ trưởng Bộ Công an, Bộ trưởng Bộ Quốc phòng thống nhất ban hành Thông tư liên tịch quy định về phối hợp giữa Cơ quan điều tra và Viện kiểm sát trong việc thực hiện một số quy định của Bộ luật Tố tụng hình sự như sau:""",
    [("04/2018/TTLT-VKSNDTC-BCA-BQP", "2018-10-19")])

# ---------------------------------------------------------------- ministries' circulars and letters
add("https://ldld.quangbinh.gov.vn/3cms/Ban-in-507.htm?art=13962393432237",
    "a provincial labour federation's print page: the Central Committee's decision on the Front's supervision written in the State form ('217/QĐ-TW', read 217-QĐ/TW)",
    """Quyết định số 217/QĐ-TW ngày 12/12/2013 của Ban Chấp hành Trung ương Đảng về việc ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội 
 Xem toàn văn Quyết định tại đây""",
    [("217-QĐ/TW", "2013-12-12")])

add("https://hoatieu.vn/phap-luat/thong-tu-23-2022-tt-btc-214149",
    "a forms site's copy of a Finance circular: the issue date opening the news sentence ('Ngày 6/4 năm 2022 Bộ Tài chính đã ban hành Thông tư …'), the header 'Số 23/2022/TT-BTC' without colon, decrees in the legal basis",
    """Thông tư 23/2022/TT-BTC quản lý tài chính Nhà nước với nguồn viện trợ không hoàn lại của nước ngoài

Ngày 6/4 năm 2022 Bộ Tài chính  đã ban hành Thông tư 23/2022/TT-BTC về việc hướng dẫn quản lý tài chính Nhà nước đối với nguồn viện trợ không hoàn lại của nước ngoài thuộc nguồn thu ngân sách Nhà nước.

BỘ TÀI CHÍNH

__________

Số 23/2022/TT-BTC

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

________________________

Hà Nội, ngày 06 tháng 4 năm 2022

THÔNG TƯ

Hướng dẫn quản lý tài chính nhà nước đối với nguồn viện trợ không hoàn lại của nước ngoài thuộc nguồn thu ngân sách nhà nước

_____________

Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;

Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đầu tư công;""",
    [("23/2022/TT-BTC", "2022-04-06"), ("23/2022/TT-BTC", "2022-04-06"), ("23/2022/TT-BTC", "2022-04-06"), ("40/2020/NĐ-CP", "2020-04-06")])

add("https://hethongphapluat.com/cong-van-14447-btc-dt-tinh-hinh-thanh-toan-von-dau-tu-nguon-ngan-sach-nha-nuoc-luy-ke-11-thang-uoc-thuc-hien-12-thang-ke-hoach-nam-2023-do-bo-tai-chinh-ban-hanh.html",
    "a Finance ministry letter to the Prime Minister: header row, a Prime Minister's decision and a decree in one sentence",
    """BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 14447/BTC-ĐT | Hà Nội, ngày 29 tháng 12 năm 2023 |
Kính gửi: Thủ tướng Chính phủ.
Căn cứ Quyết định số 1513/QĐ-TTg ngày 03/12/2022 của Thủ tướng Chính phủ về việc giao kế hoạch vốn đầu tư nguồn ngân sách nhà nước năm 2023; thực hiện chế độ báo cáo theo quy định tại Luật Đầu tư công, Nghị định số 40/2020/NĐ-CP ngày 06/4/2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đầu tư công, Bộ Tài chính báo cáo tình hình thanh toán vốn đầu tư nguồn NSNN lũy kế 11 tháng, ước thực hiện 12 tháng kế hoạch năm 2023 như sau:""",
    [("14447/BTC-ĐT", "2023-12-29"), ("1513/QĐ-TTg", "2022-12-03"), ("40/2020/NĐ-CP", "2020-04-06")])

add("https://thatim.com/du-thao-thong-tu-ve-ke-toan-chu-dau-tu-nam-2024/amp",
    "an accounting software page on a draft: the Finance circular cited three times, dated once, a draft's publication date",
    """Dự thảo thông tư về kế toán chủ đầu tư năm 2024

Ngày 08-05-2023 Bộ Tài chính đã công bố dự thảo Thông tư sửa đổi, bổ sung một số điều của Thông tư số 200/2014/TT-BTC ngày 22/12/2014 của Bộ Tài chính hướng dẫn chế độ kế toán doanh nghiệp. Dự thảo đưa ra để các cơ quan, tổ chức, cá nhân trong và ngoài nước nghiên cứu, đóng góp ý kiến, MISA đồng thời thực hiện phân tích Dự thảo và nghiên cứu phát triển phần mềm. Điều này nhằm đảm bảo ngay khi Bộ tài chính chính thức ban hành Thông tư mới sửa đổi Thông tư 200/2014/TT-BTC thì phần mềm kế toán MISA ngay lập tức sẽ đáp ứng được các thay đổi.

Hiện tại, Bộ Tài chính đang xây dựng Dự thảo Thông tư sửa đổi, bổ sung một số điều của Thông tư số 200/2014/TT-BTC hướng dẫn chế độ kế toán doanh nghiệp (sau đây gọi tắt là Dự thảo) và lấy ý kiến của các đối tượng chịu tác động.""",
    [("200/2014/TT-BTC", "2014-12-22"), ("200/2014/TT-BTC", "2014-12-22"), ("200/2014/TT-BTC", "2014-12-22")])

add("https://tieptheo.com/2021/09/huong-dan-thuc-hien-mot-so-dieu-cua-luat-quan-ly-thue-ngay-13-thang-6-nam-2019-nghi-dinh-so-123-2020-nd-cp-ngay-19-thang-10-nam-2020-cua-chinh-phu-quy-dinh-ve-hoa-don-chung-tu/",
    "a blog's excerpt: a Finance circular's symbol without a type word at the start, its date, then an effective date",
    """78/2021/TT-BTC ngày 17/09/2021
Ngày có hiệu lực: 01/07/2022""",
    [("78/2021/TT-BTC", "2021-09-17")])

# ---------------------------------------------------------------- Party inspection, mass organisations
add("https://baohanam.com.vn/tag?tag=c%C3%B4ng+t%C3%A1c+ki%E1%BB%83m+tra+gi%C3%A1m+s%C3%A1t",
    "a provincial newspaper's tag page: a Politburo conclusion on inspection signed by the Standing Secretary",
    """Thay mặt Bộ Chính trị, đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, vừa ký ban hành Kết luận số 34-KL/TW ngày 18/4/2022 về Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030. Kết luận nêu rõ:""",
    [("34-KL/TW", "2022-04-18")])

add("https://www.antv.gov.vn/print.aspx?id=371935",
    "a police television's print page: a Party regulation whose signing date opens the sentence ('Ngày 28/7/2021, Tổng Bí thư … đã ký Quy định số 22-QĐ/TW'), a posting date",
    """Cập nhật: 16:04, Thứ 7, 06/11/2021

print

Quy định 22 - điểm tựa cho những nhân tố dám đội phá vì lợi ích chung

(ANTV) -Ngày 28/7/2021, Tổng Bí thư Nguyễn Phú Trọng đã ký Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng.""",
    [("22-QĐ/TW", "2021-07-28")])

add("https://pdfcoke.com/documents/vdp-1b-huong-dan-vdp-tinh-son-la-w63y6r56eomx",
    "a 2001 Sơn La training manual read from a PDF in an old font encoding (TCVN3 letters shown as 'KÕ ho¹ch', '§¸nh gi¸'), a provincial decision whose date with dots ('ngày 07.5.2001') follows the issuer's name",
    """UỶ BAN NHÂN DÂN TỈNH SƠN LA
HƯỚNG DẪN THỰC HÀNH PHƯƠNG PHÁP LẬP KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI CÓ SỰ THAM GIA CỦA NGƯỜI DÂN (VDP) cho cấp xã và thôn bản
KÕ ho¹ch [1] chuÈn bị
[6] §¸nh gi¸
[5]Thùc hiÖn vµ theo dâi
[4]Phª duyÖt vµ ph¶n håi
[2] VDP
[3] CDP
SFDP Tài liệu VDP 1b Sơn la, Tháng 05 năm 2001
Bộ tài liệu đào tạo VDP
Căn cứ theo Quyết định số 894/2001/QĐ-UB của Uỷ ban nhân dân tỉnh Sơn La ngày 07.5.2001 về việc phê duyệt tài liệu hướng dẫn và áp dụng Phương pháp lập kế hoạch Phát triển thôn bản (VDP) trên toàn tỉnh, tỉnh Sơn La với sự hỗ trợ của Dự án Phát triển lâm nghiệp xã hội (SFDP) Sông Đà đã thực hiện VDP trên 10 huyện trong tổng số 10 huyện thị, 103 trong số 201 xã và 1 500 trong số gần 3 000 thôn bản (tính đến 12/2003).""",
    [("894/2001/QĐ-UB", "2001-05-07")])

add("http://www.hoinongdan.org.vn/sitepages/news/29/89218/cong-van-v-v-to-chuc-tuyen-duong-cac-dien-hinh-tien-tien-co-thanh-tich-xuat-sac-trong-2-nam-thuc-hien-muc-tieu-phat-trien-15000-hop-tac-xa-va-lien-hiep-hop-tac-xa-nong-nghiep-hoat-dong-co-hieu-qua",
    "the Farmers' Union's central letter: a header laid out with spaces, the date line before the number, the number with a space after the hyphen ('Số 1126- CV/HNDTW'), a ministry decision with a three-part issuer and ', ngày'",
    """Công văn: V/v tổ chức tuyên dương các điển hình tiên tiến có thành tích xuất sắc trong 2 năm thực hiện mục tiêu phát triển 15.000 hợp tác xã và liên hiệp hợp tác xã nông nghiệp hoạt động có hiệu quả
16:05 - 14/11/2019
     HỘI NÔNG DÂN VIỆT NAM      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHẤP HÀNH TRUNG ƯƠNG             Độc lập- Tự do- Hạnh phúc
                      *                                        Hà Nội, ngày 12 tháng 11 năm 2019
          Số 1126- CV/HNDTW
V/v tổ chức tuyên dương các điển hình tiên tiến
  có thành tích xuất sắc trong 2 năm thực hiện
 
      mục tiêu phát triển 15.000 hợp tác xã và
           liên hiệp hợp tác xã nông nghiệp
                 hoạt động có hiệu quả

                      
Kính gửi: Ban Thường vụ Hội Nông dân các tỉnh, thành phố
 
Căn cứ Quyết định số 4228/QĐ-BNN-KTHT, ngày 05/11/2019 của Bộ Nông nghiệp và Phát triển nông thôn về việc phê duyệt kế hoạch phối hợp tổ chức tuyên dương các điển hình tiên tiến có thành tích xuất sắc trong 2 năm thực hiện Nghị quyết của Quốc hội và quyết định của Thủ tướng Chính phủ về phát triển 15.000 hợp tác xã và liên hiệp hợp tác xã nông nghiệp hoạt động có hiệu quả, Ban Thường vụ Trung ương Hội đề nghị Ban Thường vụ Hội Nông dân các tỉnh, thành phố phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức đánh giá, lựa chọn danh sách các điển hình tiêu biểu trên địa bàn để đề nghị Bộ Nông nghiệp và Phát triển nông thôn tuyên dương khen thưởng.""",
    [("1126-CV/HNDTW", "2019-11-12"), ("4228/QĐ-BNN-KTHT", "2019-11-05")])

add("https://baomoi.net.vn/tag/Quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh-s%E1%BB%91-571%2FQ%C4%90_TTg.epi",
    "a news aggregator's tag page: a 2025 Prime Minister's decision cited twice without a date, a signing date without a year ('Ngày 12-3', no reference date)",
    """Theo Quyết định số 571/QĐ-TTg của Thủ tướng Chính phủ về việc thành lập Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính (ĐVHC) các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp (Ban Chỉ đạo), nhiệm vụ và quyền hạn của Ban Chỉ đạo được phân công cụ thể cho từng thành viên là các Bộ, ngành liên quan.
Chính phủ vừa ban hành quyết định thành lập Ban Chỉ đạo thực hiện việc sáp nhập tỉnh, bỏ cấp huyện, mở rộng cấp xã.
Thủ tướng Chính phủ Phạm Minh Chính ký Quyết định số 571/QĐ-TTg thành lập BCĐ thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp.
Ngày 12-3, Thủ tướng Chính phủ Phạm Minh Chính ký Quyết định thành lập Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp.""",
    [("571/QĐ-TTg", ""), ("571/QĐ-TTg", "")])

add("https://luatminhkhue.vn/quyet-dinh-39-2011-qd-ubnd-ve-quy-dinh-quy-trinh-thanh-tra-chap-hanh-phap-luat-ve-tiep-cong-dan--xu-ly-don-va-giai-quyet-khieu-nai--to-cao-tren-dia-ban-tinh-khanh-hoa-do-uy-ban-nhan-dan-tinh-khanh-hoa.aspx",
    "a law firm's copy of a Khánh Hòa decision on inspection with words glued at the old line ends ('VỀTIẾP', 'TỈNHKHÁNH', 'thi hànhmột'), decrees without 'số', the provincial inspectorate's letter with its own issuer ('TTr-NV1')",
    """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 39/2011/QĐ-UBND

Khánh Hòa, ngày 06 tháng 12 năm 2011

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH QUY TRÌNH THANH TRA CHẤP HÀNH PHÁP LUẬT VỀTIẾP CÔNG DÂN, XỬ LÝ ĐƠN VÀ GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO TRÊN ĐỊA BÀN TỈNHKHÁNH HÒA

ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA

Căn cứ Luật Thanh tra năm 2010;

Căn cứ Luật Khiếu nại, tố cáonăm 1998; Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo năm 2004và 2005;

Căn cứ Nghị định 86/2011/NĐ-CP ngày 22 tháng 9 năm 2011 của Chính phủ quy định chi tiết và hướng dẫn thi hànhmột số điều của Luật Thanh tra;

Căn cứ Nghị định 136/2006/NĐ-CP ngày 14 tháng 11 năm 2006 của Chính phủ hướng dẫn chi tiết thực hiện một số điềucủa Luật Khiếu nại, tố cáo và các Luật sửa đổi, bổ sung một số điều của LuậtKhiếu nại, tố cáo;

Theo đề nghị của Chánh Thanh tratỉnh tại Công văn số 410/TTr-NV1 ngày 28 tháng 9 năm 2011,""",
    [("39/2011/QĐ-UBND", "2011-12-06"), ("86/2011/NĐ-CP", "2011-09-22"), ("136/2006/NĐ-CP", "2006-11-14"), ("410/TTr-NV1", "2011-09-28")])

add("https://123docz.net/document/1341791-neu-y-nghia-tam-quan-trong-cua-giai-doan-tien-hanh-thanh-tra-tu-do-trinh-bay-cu-the-giai-doan-tien-hanh-thanh-tra-co-vi-du-cu-the-ve-thanh-tra-giai-qu.htm",
    "a student essay's preview on inspection: the Government Inspectorate's circular without 'số' and 'ngày' glued to its date ('ngày02/03/2010'), glued words",
    """Trên cơ sở tìm hiểu về các văn bản liênquan đến hoạt động thanh tra mà đặc biệt là Thông tư 02/2010/TT-TTCP ngày02/03/2010 quy định Quy trình tiến hành một cuộc thanh tra nhóm chúng tôi
Trang 1HỌC VIỆN HÀNH CHÍNH
BÀI TIỂU LUẬN
MÔN: QUY TRÌNH NGHIỆP VỤ THANH TRA""",
    [("02/2010/TT-TTCP", "2010-03-02")])

add("https://thuvienphapluat.vn/van-ban/Ke-toan-Kiem-toan/Quyet-dinh-99-QD-KTNN-2021-Quy-trinh-Thanh-tra-cua-Kiem-toan-nha-nuoc-466366.aspx?anchor=dieu_24",
    "a State Audit decision: header cells with the date's day on the next line, a decree and two of the Auditor General's decisions with 'Quyết\\nđịnh số' broken over the line, the annex line with its date broken",
    """KIỂM TOÁN
NHÀ NƯỚC
--------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 99/QĐ-KTNN
|
Hà Nội, ngày
28 tháng 01 năm 2021
|
QUYẾT ĐỊNH
BAN HÀNH QUY TRÌNH THANH TRA CỦA
KIỂM TOÁN NHÀ NƯỚC
TỔNG KIỂM TOÁN NHÀ NƯỚC
Căn cứ Luật Kiểm
toán nhà nước;
Căn cứ Luật Thanh
tra;
Căn cứ Nghị định
86/2011/NĐ-CP ngày 22/9/2011 của Chính phủ quy định chi tiết và hướng dẫn thi
hành một số điều của Luật Thanh tra;
Căn cứ Quyết
định số 1363/QĐ-KTNN ngày 02/10/2020 của Tổng Kiểm toán nhà nước quy định chức
năng, nhiệm vụ, quyền hạn và tổ chức của Thanh tra Kiểm toán nhà nước;
Xét đề nghị của
Chánh Thanh tra Kiểm toán nhà nước.
QUYẾT ĐỊNH:
Điều
1. Ban hành kèm theo Quyết định này Quy trình Thanh tra của Kiểm toán nhà nước.
Điều
2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định
số 31/QĐ-KTNN ngày 20/01/2016 của Tổng Kiểm toán nhà nước ban hành Quy trình
thanh tra của Kiểm toán nhà nước.
|
TỔNG KIỂM TOÁN NHÀ NƯỚC
Hồ Đức Phớc
|
QUY TRÌNH
THANH TRA CỦA KIỂM TOÁN NHÀ NƯỚC
(Ban hành kèm theo Quyết định số 99/QĐ-KTNN ngày 28
tháng 01 năm 2021 của Tổng Kiểm toán nhà nước)""",
    [("99/QĐ-KTNN", "2021-01-28"), ("86/2011/NĐ-CP", "2011-09-22"), ("1363/QĐ-KTNN", "2020-10-02"), ("31/QĐ-KTNN", "2016-01-20"), ("99/QĐ-KTNN", "2021-01-28")])

add("https://thads.moj.gov.vn/noidung/tintuc/Lists/NghienCuuTraoDoi/View_Detail.aspx?ItemID=921",
    "the civil judgment enforcement office's research page: a Government resolution whose slash after the number is a hyphen ('19-2017/NQ-CP', read 19/2017/NQ-CP)",
    """Rút ngắn thời gian tổ chức thi hành án – Góc nhìn từ một số thủ tục

15/02/2019
Một trong những thách thức lớn đang đặt ra đối với công tác thi hành án dân sự hiện nay là việc rút ngắn thời gian tổ chức thi hành án. Nghị quyết số 19-2017/NQ-CP ngày 06/2/2017 của Chính phủ về tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2017, định hướng đến năm 2020 đã đưa ra mục tiêu cụ thể về nâng cao hiệu quả và rút ngắn thời gian giải quyết tranh chấp hợp đồng (trong đó có hoạt động thi hành án dân sự) từ 400 ngày xuống 300 ngày trong năm 2017 và dưới 200 ngày đến năm 2020.""",
    [("19/2017/NQ-CP", "2017-02-06")])

add("https://thuvienphapluat.vn/banan/ban-an/ban-an-1552018dsst-ngay-30092019-ve-tranh-chap-hop-dong-gop-hui-112865",
    "a district court's civil judgment on a rotating-credit dispute: title and upper-case heading with the judgment's date, a case-acceptance number (no reference), the decision to bring the case to trial with 'số:'",
    """Bản án 155/2018/DS-ST ngày 30/09/2019 về tranh chấp hợp đồng góp hụi

TÒA ÁN NHÂN DÂN HUYỆN ĐỨC HÒA, TỈNH LONG AN

BẢN ÁN 155/2018/DS-ST NGÀY 30/09/2019 VỀ TRANH CHẤP HỢP ĐỒNG GÓP HỤI

Trong ngày 30 tháng 9 năm 2019, tại trụ sở Tòa án nhân dân huyện Đức Hòa xét xử sơ thẩm công khai vụ án dân sự thụ lý số: 505/2019/TLST-DS ngày 03 tháng 9 năm 2019 theo quyết định đưa vụ án ra xét xử số: 232/2019/QĐXX-ST ngày 17 tháng 9 năm 2019 giữa:

1. Nguyên đơn: Bà Đỗ Thị M, sinh năm 1966 (có mặt)""",
    [("155/2018/DS-ST", "2019-09-30"), ("155/2018/DS-ST", "2019-09-30"), ("232/2019/QĐXX-ST", "2019-09-17")])

add("https://baovephapluat.vn/kiem-sat-khieu-to/chi-cuc-truong-thads-ban-hanh-quyet-dinh-ve-thi-hanh-an-trai-luat-89928.html",
    "procuracy news on an enforcement office's unlawful decisions: a civil judgment with its type glued ('706/2018/DSST'), the high procuracy's request and the office's decisions dated at the head of their sentences ('ngày 4/10/2019 VKSND … có Yêu cầu số …', 'Cùng ngày 4/10/2019, … ban hành Quyết định số …', '14/10/2019, … tiếp tục ban hành …'), then cited again with 'ngày'",
    """Trước đó, trong quá trình tổ chức thi hành Bản án dân sự số 706/2018/DSST ngày 30/11/2018 của TAND quận 1, TP HCM thì ngày 4/10/2019 VKSND cấp cao tại TP HCM có Yêu cầu số 53/YC-VKS-DS gửi Cơ quan THADS quận 5 hoãn thi hành bản án nêu trên với thời hạn 3 tháng để xem xét kháng nghị theo thủ tục Giám đốc thẩm.

Cùng ngày 4/10/2019, Chi cục trưởng THADS quận 5 ban hành Quyết định số 05/QĐ-CCTHADS về việc hoãn thi hành án đối với Bản án nêu trên.

10 ngày sau, 14/10/2019, Chi cục trưởng THADS quận 5 tiếp tục ban hành Quyết định số 08/QĐ-CCTHADS về việc thu hồi Quyết định số 05 nêu trên.

Sau khi nhận được Quyết định thu hồi số 08, đương sự đã có đơn tố cáo Chi cục trưởng THADS quận 5, cho rằng ban hành Quyết định trái luật định vì Yêu cầu hoãn thi hành án của VKSND cấp cao vẫn còn hiệu lực.

Theo đó, Cục THADS TP HCM kết luận ông Vũ Thanh Xuân - Chi cục trưởng THADS quận 5 đã ban hành Quyết định số 08/QĐ-CCTHADS ngày 14/10/2019 về việc thu hồi Quyết định hoãn thi hành án số 05/QĐ-CCTHADS ngày 4/10/2019 là không phù hợp với qui định tại khoản 3 Điều 48 Luật Thi hành án dân sự do thời hạn yêu cầu hoãn của Viện trưởng VKSND cấp cao tại TP HCM vẫn còn hiệu lực.""",
    [("706/2018/DSST", "2018-11-30"), ("53/YC-VKS-DS", "2019-10-04"), ("05/QĐ-CCTHADS", "2019-10-04"), ("08/QĐ-CCTHADS", "2019-10-14"),
     ("08/QĐ-CCTHADS", "2019-10-14"), ("05/QĐ-CCTHADS", "2019-10-04")])

add("http://vksndthainguyen.gov.vn/?p=4413",
    "a district procuracy's news: its recommendation and the district committee's reply, each dated at the head of its sentence ('Ngày 21/02/2019 VKSND … đã ban hành kiến nghị số …', 'Ngày 8/3/2019 UBND huyện đã có công văn số …')",
    """Ngày 21/02/2019 VKSND huyện Võ Nhai đã ban hành kiến nghị số 01/KN-VKS-DS, đề nghị Chủ tịch UBND huyện Võ Nhai chỉ đạo, quán triệt đến UBND cấp xã trên địa bàn huyện nghiên cứu, nghiêm túc thực hiện đầy đủ các quy định của pháp luật trong công tác hòa giải tranh chấp đất đai trên địa bàn huyện Võ Nhai.

Ngày 8/3/2019 UBND huyện đã có công văn số 427/UBND-VP phúc đáp kiến nghị của VKSND huyện Võ Nhai với nội dung tiếp nhận kiến nghị của VKS và chỉ đạo UBND cấp xã trên địa bàn huyện Võ Nhai nghiêm túc thực hiện các quy định về công tác hòa giải tại cơ sở trong công tác giải quyết các vụ án về tranh chấp đất đai theo đúng quy định của pháp luật./.""",
    [("01/KN-VKS-DS", "2019-02-21"), ("427/UBND-VP", "2019-03-08")])

add("https://thoidai.com.vn/truong-hoc-tai-huyen-lam-thao-can-luu-y-gi-khi-trien-khai-cac-khoan-thu-nam-hoc-2021-2022-150114.html",
    "news on a district's guidance for school fees: the district committee's letter cited three times (once with its date, once as a short name in brackets), a provincial council resolution and a provincial decision",
    """Đây là các nội dung nêu tại văn bản số 1510/UBND-GDĐT hướng dẫn công tác quản lý thu, chi năm học 2021 – 2022 của UBND huyện Lâm Thao, tỉnh Phú Thọ.

Ông Ngô Đức Sáu – Phó Chủ tịch UBND huyện Lâm Thao, tỉnh Phú Thọ đã ký hướng dẫn số 1510/UBND-GDĐT ngày 27/8/2021, về việc hướng dẫn công tác quản lý thu, chi năm học 2021 – 2022 (gọi tắt là Hướng dẫn số 1510/UBND-GDĐT).

“Thu học phí, thực hiện theo Nghị quyết số 04/2021/NQ-HĐND ngày 12/8/2021 của HĐND tỉnh Phú Thọ quy định mức thu học phí năm học 2021 – 2022 đối với các cơ sở giáo dục công lập thuộc hệ thống giáo dục quốc dân tỉnh Phú Thọ.

Thu giá dịch vụ, giá dịch vụ trông giữ xe được thực hiện theo Quyết định số 04/2017/QĐ-UBND ngày 10/02/2017 của UBND tỉnh Phú Thọ về việc Quy định giá dịch vụ trông giữ xe trên địa""",
    [("1510/UBND-GDĐT", "2021-08-27"), ("1510/UBND-GDĐT", "2021-08-27"), ("1510/UBND-GDĐT", "2021-08-27"), ("04/2021/NQ-HĐND", "2021-08-12"), ("04/2017/QĐ-UBND", "2017-02-10")])

add("http://pgdnghiahanh.edu.vn/hoat-dong-cong-doan/ho-tro-giao-duc-mien-nui-vung-sau-vung-xa-nam-hoc-2016-2017-va-ung-ho-dong-bao-mien-trung-bi-thiet-hai-do-anh-huong-cua-ap-thap-nhiet-doi.html",
    "a provincial education trade union's letter: the national education union's letter and the provincial labour federation's letter, glued after a semicolon ('2016 -2017;Căn cứ'), an attachment's file name (no reference)",
    """Kính gửi: Công đoàn Giáo dục các huyện, thành phố; Các Công đoàn cơ sở trực thuộc.
Thực hiện Chương trình công tác nhiệm kỳ XVI (2012-2017) và Kế hoạch hoạt động Công đoàn năm học 2016 -2017;Căn cứ Công văn số 199/CSPL-CĐN ngày 17/8/2016 của Công đoàn Giáo dục Việt Nam về việc tiếp tục thực hiện cuộc vận động hỗ trợ giáo dục miền núi, vùng sâu, vùng xa, vùng đặc biệt khó khăn năm học 2016-2017; Công văn số 2301/LĐLĐ-CSPL ngày 21/10/2016 của Liên đoàn Lao động tỉnh Sơn La về việc hưởng ứng lời kêu gọi của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về ủng hộ đồng bào miền trung bị thiệt hại do ảnh hưởng của áp thấp nhiệt đới.

Ban Thường vụ Công đoàn ngành đề nghị Công đoàn Giáo dục huyện, thành phố, các CĐCS trực thuộc triển khai thực hiện tốt một số nội dung

Tài liệu đính kèm:88-vv phát động ủng hộ GD miền núi, vùng sâu, vùng xa và ủng hộ miền trung, năm học 2016-2017""",
    [("199/CSPL-CĐN", "2016-08-17"), ("2301/LĐLĐ-CSPL", "2016-10-21")])

add("https://backancity.gov.vn/hdnd-xa-duong-quang-to-chuc-ky-hop-bat-thuong-thang-10-nam-2018/",
    "a city portal's news of a commune council's extra session: the city committee's decision amending an earlier one, both dated",
    """HĐND xã Dương Quang tổ chức kỳ họp bất thường tháng 10 năm 2018

Năm 2018, xã Dương Quang, thành phố Bắc Kạn được giao chỉ tiêu thu ngân sách là 147 triệu 700 nghìn đồng. Đến tháng 9 năm 2018, theo Quyết định số 1948/QĐ-UBND ngày 21/9/2018 của UBND thành phố về việc điều chỉnh một số nội dung tại điều 1 của Quyết định số 2384/QĐ-UBND ngày 20/12/2017, giao tăng thêm thu ngân sách đối với xã Dương Quang là 80 triệu đồng.""",
    [("1948/QĐ-UBND", "2018-09-21"), ("2384/QĐ-UBND", "2017-12-20")])

add("http://sonoivu.phuyen.gov.vn/wps/portal/sonoivu/Home/page/htvb/van-ban-phap-quy/van-ban-hdnd/09-2018",
    "a provincial department's document register entry: 'Số/Ký hiệu:' and 'Ngày ban hành:' fields, empty fields, the summary naming the resolution again",
    """Số/Ký hiệu: 09/2018/NQ-HĐND
Ngày ban hành: 27/09/2018
Cơ quan ban hành:
Loại văn bản:
Trích yếu:
Nghị quyết số 09/2018/NQ-HĐND của Hội đồng nhân dân tỉnh quy định tỷ lệ phân cấp nguồn thu từ đấu giá quyền sử dụng đất, giao đất có thu tiền sử dụng đất (sau khi trừ chi phí đầu tư hạ tầng, trong đó bao gồm cả kinh phí bồi thường, giải phóng mặt bằng) trên địa bàn xã cho ngân sách xã để thực hiện nhiệm vụ xây dựng nông thôn mới.
Tải về: Tại đây""",
    [("09/2018/NQ-HĐND", "2018-09-27"), ("09/2018/NQ-HĐND", "2018-09-27")])

# Passages that go in as a scan read by tesseract or as a PDF's text (as in unseen21r–24r, a few of each): four
# scans (a commune kindergarten's Party cell plan, the Supreme Court's guide, procuracy news on an enforcement
# office, a Hòa Bình council resolution), three PDFs (a council's header cells, a court's attributes table, a
# provincial decision's header cells).
OCR_URLS = ("mnmyhung.thanhoaiedu.vn", "huong-dan-136-hd-tandtc", "chi-cuc-truong-thads", "nghi-quyet-54-2017-nq-hdnd")
PDF_URLS = ("nghi-quyet-48-2017-nq-hdnd", "ban-an-34-2025-ds-st", "quyet-dinh-298-qd-ubnd")
for p in P:
    if any(u in p["source"] for u in OCR_URLS):
        p["ocr"] = True
    if any(u in p["source"] for u in PDF_URLS):
        p["pdf"] = True
