# Passages of unseen23r (copied from public web pages found with the `pages` corpus of the search tool; see
# SOURCES.md), with labels. Each passage is a short stretch of the stored copy of the page named in `source`.
# ocr=True: rendered to a PNG by ../render_ocr.py and put into refs.jsonl as tesseract's output.
# pdf=True: laid out by ../render_ocr.py as an HTML page (lines with ' | ' as table rows), printed to PDF by
# LibreOffice and read back with `pdftotext -layout`; the PDF text goes into refs.jsonl.
# Labels are the true references: the symbol as the issuer writes it (eth Ð read Đ, spaces around the hyphen and
# slash removed), the issue date where the passage gives it (at any mention of the same symbol), '' where it does
# not (an effective date, an amendment's or repeal's date in a register, a date without its month, a date given
# for another document is no issue date). Labelled by docs/vntext.md's conventions (round 23: a number-year-type
# symbol without its issuer is a reference; a number and year alone is not).
P = []
def add(url, kinds, text, expect, ocr=False, pdf=False):
    P.append(dict(source=url, kinds=kinds, text=text, expect=[dict(symbol=s, date=d or None) for s, d in expect], ocr=ocr, pdf=pdf))

# ---------------------------------------------------------------- communes, schools, district offices
add("https://nhaquanlytuonglai.wordpress.com/2013/06/05/nghi-quyet-thong-qua-quy-hoach-su-dung-xa-quyet-thang/",
    "a commune People's Council's resolution (Quyết Thắng, 2012) with its number left blank ('Số      /NQ-HĐND', no reference), dash-led Căn cứ lines (decrees and a ministry circular dated in words), a submission with a dotted blank number and date (no reference)",
    """HỘI ĐỒNG NHÂN DÂN
XÃ QUYẾT THẮNG
 
 
Số      /NQ-HĐND
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
 
 
Quyết Thắng, ngày    tháng    năm 2012
 
 
NGHỊ QUYẾT
Về việc 
thông qua quy hoạch sử dụng đất đến năm 2020,
kế hoạch sử dụng đất kỳ đầu (2011 – 2015) của xã Quyết Thắng
 
HỘI ĐỒNG NHÂN DÂN XÃ QUYẾT THẮNG
KHÓA ……… KỲ HỌP THỨ ……
– Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân;
– Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;
– Căn cứ Nghị định số 181/2004/NĐ-CP ngày 29 tháng 10 năm 2004 của Chính phủ về thi hành Luật Đất đai;
– Căn cứ Nghị định số 69/2009/NĐ-CP ngày 13 tháng 8 năm 2009 của Chính phủ quy định bổ sung về quy hoạch sử dụng đất, giá đất, thu hồi đất, bồi thường, hỗ trợ và tái định cư;
– Căn cứ Thông tư số 19/2009/TT-BTNMT ngày 02 tháng 11 năm 2009 của Bộ Tài nguyên và Môi trường quy định chi tiết việc lập, điều chỉnh và thẩm định quy hoạch, kế hoạch sử dụng đất;
– Sau khi xem xét tờ trình số …../TTr-UBND ngày ….. tháng ….. năm ….. của Ủy ban nhân dân xã Quyết Thắng về việc thông qua quy hoạch sử dụng đất đến năm 2020, kế hoạch sử dụng đất kỳ đầu (2011 – 2015) của xã Quyết Thắng;
QUYẾT NGHỊ""",
    [("181/2004/NĐ-CP", "2004-10-29"), ("69/2009/NĐ-CP", "2009-08-13"), ("19/2009/TT-BTNMT", "2009-11-02")])

add("https://123docz.net/document/728277-bao-cao-kiem-tra-viec-xay-dung-cac-tieu-chuan-truong-thcs-dat-chuan-quoc-gia-nam-2010.htm",
    "a commune school's inspection report flattened by a document site (words glued: 'năm2010BÁOCÁOKIỂMTRA', 'đạtchuẩnquốc gia'), a circular whose issuer is misspelt 'TT-BGĐT' (kept as written), a department letter with no type ('663/SGDĐT')",
    """UBND HUYỆN THÁI THỤY PHÒNG GIÁO DỤC & ĐÀO TẠO ------ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Thụy Dương, ngày 07 tháng 12 năm2010BÁOCÁOKIỂMTRA THỰC HIỆN XÂY DỰNGTRƯỜNGTHCSĐẠTCHUẨNQUỐCGIA Đơn vị: TrườngTHCS Thụy Dương HUYỆN THÁI THỤY, TỈNH THÁI BÌNH - Thực hiện theo Thông tư 06/2010/TT-BGĐT ngày 26/02/2010 của Bộ GD&ĐT về việc ban hành Quy chế công nhận trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học đạtchuẩnquốc gia; - Căn cứ văn bản hướng dẫn thực hiện nhiệm vụ năm học 2010 - 2011 bậc Trung học của Sở GD-ĐT Thái Bình; - Thực hiện công văn số 663/SGDĐT ngày 09/11/2010 của Sở GD-ĐT Thái Bình về việckiểmtra định kỳ và kiểmtra lại trường trung học đạtchuẩnquốcgia và hướng dẫn thực hiện của Phòng GD-ĐT Thái Thụy; - Thời gian: Vào hồi 07h 30 phút, ngày 07/12/ 2010 - Tại: TrườngTHCS Thụy Dương, xã Thụy Dương, huyện Thái Thụy.""",
    [("06/2010/TT-BGĐT", "2010-02-26"), ("663/SGDĐT", "2010-11-09")])

add("http://hatinhcity.edu.vn/phong-gd-dt/nhip-song-hoc-duong",
    "a city education office's news line: a department letter with a space after the hyphen ('1578/SGDĐT- CTTT'), the office's own letter with no type ('357/PGDĐT')",
    """Thực hiện công văn số 1578/SGDĐT- CTTT ngày 28/8/2020 của Sở Giáo dục - Đào tạo ; Công văn số 357/PGDĐT ngày 29/8/2020 của Phòng Giáo dục - Đào tạo về hướng dẫn các hoạt động sinh  hoạt đầu năm, 100%  trường học trên thành phố đã lập kế hoạch tổ chức nhiều hoạt động ý nghĩa thiết thực""",
    [("1578/SGDĐT-CTTT", "2020-08-28"), ("357/PGDĐT", "2020-08-29")])

add("https://thcs-thanhvan-nghean.violet.vn/entry/cong-van-278-pgd-dt-thcs-2014-ve-viec-huong-dan-thuc-hien-nhiem-vu-gdth-nam-hoc-2014-2015-10629701.html",
    "a district education office's letter on a school site: title 'Công văn 278/PGD&ĐT-THCS 2014', a two-column header spread with spaces ('Số:   278/PGD&ĐT-THCS      Thanh Chương, ngày …'), a department letter with a space after the hyphen, a ministry letter",
    """Công văn 278/PGD&ĐT-THCS 2014 về việc hướng dẫn thực hiện nhiệm vụ GDTH năm học 2014-2015

 UBND HUYỆN THANH CHƯƠNG           CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                        Độc lập - Tự do - Hạnh phúc

  Số:   278/PGD&ĐT-THCS                              Thanh Chương, ngày 09 tháng 9 năm 2014               

    V/v Hướng dẫn thực hiện nhiệm vụ

Giáo dục trung học năm học 2014-2015

 

Kính gửi: Hiệu trưởng các trường Trung học cơ sở

 

Căn cứ Công văn số 1635/SGDĐT- GDTrH ngày 27/8/2014 của Sở Giáo dục và Đào tạo Nghệ An về Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2014-2015, Phòng Giáo dục và Đào tạo Thanh Chương hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2014-2015 như sau:

  1. A.   NHIỆM VỤ TRỌNG TÂM

Triển khai thực hiện 5 nhiệm vụ trọng tâm của giáo dục trung học theo Công văn số 4099/BGDĐT-GDTrH ngày 05/8/2014 của Bộ Giáo dục và Đào tạo về Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2014-2015.""",
    [("278/PGD&ĐT-THCS", "2014-09-09"), ("278/PGD&ĐT-THCS", "2014-09-09"), ("1635/SGDĐT-GDTrH", "2014-08-27"),
     ("4099/BGDĐT-GDTrH", "2014-08-05")])

# ---------------------------------------------------------------- Party committees and their news
add("https://vksdanang.gov.vn/web/guest/dang-doan-the/dm-dang-bo/chi-tiet?id=46807&_c=93",
    "a procuracy's Party history page: a 1987 provincial Standing Committee resolution with a two-part issuer ('621/NQ-NS-TU') dated by 'Ngày 16/7/1987, … ban hành'; dates of events with no document (no reference)",
    """Ngày 16/7/1987, Ban Thường vụ Tỉnh ủy Quảng Nam - Đà Nẵng ban hành Nghị quyết số 621/NQ-NS-TU tái lập Đảng bộ Dân Chính Đảng tỉnh Quảng Nam - Đà Nẵng trên cơ sở sáp nhập Đảng bộ các Khối 1, 2 và 3 do đồng chí Nguyễn Hoàng Long làm Bí thư.

Gần 10 năm sau, ngày 01/01/1997, tỉnh Quảng Nam - Đà Nẵng được chia tách thành hai đơn vị hành chính, tỉnh Quảng Nam và thành phố Đà Nẵng trực thuộc Trung ương; theo đó, Ban Thường vụ Thành ủy Đà Nẵng đã có quyết định thành lập Đảng bộ Dân Chính Đảng thành phố Đà Nẵng""",
    [("621/NQ-NS-TU", "1987-07-16")])

add("https://baothanhhoa.vn/bao-dam-chinh-quyen-dia-phuong-2-cap-tiep-tuc-van-hanh-on-dinh-thong-suot-256769.htm",
    "a provincial paper's 2025 news: a Politburo–Secretariat conclusion with 'Kết Luận số' and its date after a comma ('183-KL/TW, ngày 1/8/2025')",
    """Bộ Chính trị, Ban Bí thư yêu cầu triển khai hiệu quả các nghị quyết, kết luận, chương trình, kế hoạch công tác có liên quan, bảo đảm chính quyền địa phương 2 cấp tiếp tục vận hành ổn định, thông suốt.

Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết Luận số 183-KL/TW, ngày 1/8/2025 của Bộ Chính trị, Ban Bí thư về tích cực triển khai vận hành mô hình chính quyền địa phương 2 cấp, chuyển mạnh cấp cơ sở sang chủ động nắm, điều hành kinh tế-xã hội, quốc phòng, an ninh.""",
    [("183-KL/TW", "2025-08-01")])

add("https://thuonghieucongluan.com.vn/news-tag303156/kinh-te-c3",
    "a magazine's tag page of 2025 news: a Government resolution undated; 'Nghị quyết số 18 ngày 25/10/2017' and 'Kết luận 177' with no symbol (no reference); dates of meetings",
    """Tổng Bí thư: "Chỉ có thể làm tốt hơn, không được để người dân thất vọng"
Sáng 4/7, tại Trụ sở Trung Đảng, Tổng Bí thư Tô Lâm chủ trì cuộc họp Bộ Chính trị, Ban Bí thư cho ý kiến về tình hình thực hiện Nghị quyết của Trung ương, Kết luận của Bộ Chính trị về sắp xếp tổ chức bộ máy và đơn vị hành chính; về báo cáo kết quả triển khai Nghị quyết số 18 ngày 25/10/2017 của Ban Chấp hành Trung Đảng khoá XII từ tháng 11/2024 đến tháng 7/2025.

Bộ Chính trị: Bảo đảm hoạt động của đơn vị hành chính 2 cấp thông suốt, hiệu quả
Thay mặt Bộ Chính trị, ông Trần Cẩm Tú, Thường trực Ban Bí thư ký ban hành Kết luận 177 của Bộ Chính trị, Ban Bí thư về tiếp tục xây dựng tổ chức, hoạt động của đơn vị hành chính 2 cấp bảo đảm thông suốt, hiệu quả. Tạp chí Thương hiệu và Công luận trân trọng giới thiệu toàn văn Kết luận.

Chỉ đạo mới của Chính phủ về triển khai thực hiện, vận hành mô hình chính quyền địa phương 2 cấp
Chính phủ vừa ban hành Nghị quyết 268/NQ-CP về tình hình triển khai thực hiện và vận hành mô hình chính quyền địa phương 2 cấp.""",
    [("268/NQ-CP", "")])

add("https://baotayninh.vn/thoi-su-chinh-tri/tay-ninh/?p=4&d=",
    "a provincial paper's list item: the chairman's directive by number and type only, undated",
    """Phát động mạnh mẽ phong trào thi đua thực hiện thắng lợi

Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về việc phát động Phong trào thi đua "Toàn dân tham gia phòng, chống dịch Covid-19" gắn với thực hiện các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho phát triển kinh tế, sản xuất kinh doanh, đảm bảo an sinh xã hội ứng phó với dịch bệnh Covid-19.""",
    [("03/CT-UBND", "")])

add("http://ipckontum.gov.vn/hop-tac-phat-trien/UBND-tinh-ban-hanh-Quyet-dinh-so-192023QDUBND-ve-viec-bai-bo-mot-so-van-ban-quy-pham-phap-luat-do-UBND-tinh-ban-hanh-4822",
    "a provincial investment centre's news: a decision dated by 'Ngày 24/4/2023, UBND tỉnh ban hành', its effective date after (no issue date)",
    """Ngày 24/4/2023, UBND tỉnh ban hành Quyết định số 19/2023/QĐ-UBND về việc bãi bỏ một số văn bản quy phạm pháp luật do UBND tỉnh ban hành. Quyết định này có hiệu lực kể từ ngày 04/5/2023.
Theo đó, 45 văn bản quy phạm pháp luật do UBND tỉnh ban hành (gồm 41 Quyết định và 04 Chỉ thị) không còn phù hợp với quy định của pháp luật và điều kiện kinh tế - xã hội của địa phương sẽ bị bãi bỏ kể từ ngày 04/5/2023.""",
    [("19/2023/QĐ-UBND", "2023-04-24")])

add("http://m.btv.org.vn/tin-tuc/bai-bo-van-ban-quy-pham-phap-luat-cua-ubnd-va-chu-tich-ubnd-tinh-3662.html",
    "a provincial broadcaster's news repeated twice on the page: a decision with its date after it and its effective date after",
    """UBND tỉnh Bình Dương vừa ban hành Quyết định số 11/2017/QĐ-UBND ngày 05/5/2017 về việc bãi bỏ một số văn bản quy phạm pháp luật của UBND và Chủ tịch UBND tỉnh. Quyết định này có hiệu lực thi hành kể từ ngày 15/5/2017.

UBND tỉnh Bình Dương vừa ban hành Quyết định số 11/2017/QĐ-UBND ngày 05/5/2017 về việc bãi bỏ một số văn bản quy phạm pháp luật của UBND và Chủ tịch UBND tỉnh. Quyết định này có hiệu lực thi hành kể từ ngày 15/5/2017.""",
    [("11/2017/QĐ-UBND", "2017-05-05"), ("11/2017/QĐ-UBND", "2017-05-05")])

add("https://hiephoidoanhnghieptuyenquang.com/2018/11/27/ubnd-tinh-co-y-kien-ve-de-xuat-cua-so-tai-nguyen-moi-truong/",
    "a business association's post: a provincial letter dated by 'Ngày 23/11/2018, … đã ký ban hành văn bản số …'",
    """UBND tỉnh có ý kiến về đề xuất của Sở Tài nguyên & Môi trường

Ngày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND tỉnh Tuyên Quang Nguyễn Thanh đã ký ban hành văn bản số 3653/UBND-TNMT, V/v đề xuất của Sở TM & MT. Toàn văn như sau:""",
    [("3653/UBND-TNMT", "2018-11-23")])

# ---------------------------------------------------------------- ministries, general departments, the procuracy, the police
add("https://hocketoanmaytaihanoi.blogspot.com/2014/07/",
    "a blog copy of a General Department of Taxation letter: its title line 'Công văn Số: 2728/TCT-DNL V/v: …', the header number with 'V/v' lines before the place-and-date line, a provincial tax letter replied to, the department's earlier letter cited twice (dated once), circulars cited by article (one undated)",
    """Công văn Số: 2728/TCT-DNL V/v: Thực hiện quy định về hóa đơn.

BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2728/TCT-DNL
V/v
: Thực hiện quy định về hóa đơn.
Hà Nội, ngày 18 tháng 07 năm 2014

Kính gửi: Cục thuế tỉnh Đắk Nông.

Trả lời công văn số 636/CT-THNVDT ngày 25/4/2014 của Cục thuế tỉnh Đắk Nông hỏi về sử dụng hóa đơn của Chi nhánh Tập đoàn Bưu chính viễn thông Việt Nam tỉnh Đắk Nông (sau đây viết tắt là VNPT Đắk Nông), Tổng cục Thuế có ý kiến như sau:
- Về việc thay thế liên 1 hóa đơn bằng bảng kê chi tiết số hóa đơn thực tế đã lập:
Tổng cục thuế có công văn số 3909/TCT-DNL ngày 31/10/2011 hướng dẫn Tập đoàn VNPT thực hiện hóa đơn đối với dịch vụ viễn thông, công nghệ thông tin cước trả sau. Theo đó, Tập đoàn VNPT được thay thế liên 1 hóa đơn bằng bảng kê chi tiết số hóa đơn thực tế đã lập. Do đó, đối với dịch vụ viễn thông, công nghệ thông tin cước trả sau cung cấp cho khách hàng, VNPT Đắk Nông chỉ lập Liên 2, thay thế Liên 1 bằng Bảng kê chi tiết hóa đơn đã lập là thực hiện theo hướng dẫn của Tổng cục Thuế tại công văn số 3909/TCT-DNL nêu trên.
- Về việc lập hóa đơn của VNPT Đắk Nông:
Tại điểm c, Khoản 1, Điều 14 Thông tư số 153/2010/TT-BTC ngày 28/9/2010; Điểm c, Khoản 1, Điều 14 Thông tư số 64/2013/TT-BTC ngày 15/5/2013; Tại điểm c khoản 1, Điều 16, Thông tư số 39/2014/TT-BTC của Bộ Tài chính quy định.""",
    [("2728/TCT-DNL", "2014-07-18"), ("2728/TCT-DNL", "2014-07-18"), ("636/CT-THNVDT", "2014-04-25"),
     ("3909/TCT-DNL", "2011-10-31"), ("3909/TCT-DNL", "2011-10-31"), ("153/2010/TT-BTC", "2010-09-28"),
     ("64/2013/TT-BTC", "2013-05-15"), ("39/2014/TT-BTC", "")])

add("https://mindovermetal.org/hang-hoa-qua-canh-la-gi-1637908478/",
    "a logistics blog's bullet list of related documents, bare symbols with no type word or date: a decree, a circular, a finance ministry letter and a customs letter",
    """Nước Ta đã phát hành những pháp luật thuận tiện cho việc quá cảnh hàng hóa, nhưng về cơ bản vẫn phải tuân theo 1 số ít pháp luật .
Văn bản tương quan hàng quá cảnh :

Advertisement
 • 187/2013/NĐ-CP
 • 38/2015/TT-BTC
 • 10169/BTC-TCHQ
 • 2733/TCHQ-GSQL

Thời gian quá cảnh chủ quyền lãnh thổ Nước Ta tối đa là ba mươi ngày kể từ ngày hoàn thành xong thủ t""",
    [("187/2013/NĐ-CP", ""), ("38/2015/TT-BTC", ""), ("10169/BTC-TCHQ", ""), ("2733/TCHQ-GSQL", "")])

add("https://thuvienphapluat.vn/van-ban/Bao-hiem/Thong-bao-2970-TB-BHXH-2023-ban-hanh-Quy-trinh-theo-co-che-mot-cua-Bao-hiem-Ho-Chi-Minh-571139.aspx?tab=2",
    "a city Social Security notice: metadata row 'Số hiệu: 2970/TB-BHXH Loại văn bản: …' with 'Ngày ban hành: 23/06/2023', a three-line issuer header, decisions of the national and city Social Security and a letter dated the day before",
    """Số hiệu: 2970/TB-BHXH Loại văn bản: Thông báo
Nơi ban hành: Bảo hiểm xã hội Thành phố Hồ Chí Minh Người ký: Nguyễn Minh Châu
Ngày ban hành: 23/06/2023 Ngày hiệu lực: Đã biết
Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật
Tình trạng: Đã biết

BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI
TP.HỒ CHÍ MINH

-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 2970/TB-BHXH

TP.Hồ Chí Minh, ngày 23 tháng 6 năm 2023

THÔNG BÁO

VỀ VIỆC BAN HÀNH, ĐIỀU CHỈNH QUY TRÌNH VÀ PHIẾU GIAO NHẬN THEO CƠ CHẾ MỘT CỬA (MÃ QUY TRÌNH 803 VÀ PGN: 208, 607, 803)

Căn cứ Quyết định số 475/QĐ-BHXH ngày 27/3/2023 của Bảo hiểm xã hội Việt Nam về ban hành Quy chế tổ chức và hoạt động của Bộ phận Tiếp nhận và trả kết quả giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông trong ngành Bảo hiểm xã hội Việt Nam;

Căn cứ Quyết định số 2103/QĐ-BHXH ngày 06/6/2012 của Giám đốc Bảo hiểm xã hội Thành phố về việc ban hành quy định tiếp nhận hồ sơ và trả kết quả theo cơ chế một cửa tại Bảo hiểm xã hội Thành phố Hồ Chí Minh;

Căn cứ Công văn số 2965/BHXH-TTKT ngày 22/6/2023 của Giám đốc Bảo hiểm xã hội Thành phố về chấn chỉnh công tác tiếp nhận hồ sơ cấp mất sổ, giải quyết hưởng BHXH một lần;""",
    [("2970/TB-BHXH", "2023-06-23"), ("2970/TB-BHXH", "2023-06-23"), ("475/QĐ-BHXH", "2023-03-27"),
     ("2103/QĐ-BHXH", "2012-06-06"), ("2965/BHXH-TTKT", "2023-06-22")])

add("https://m.thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-tu-07-2021-TT-BYT-nhiem-vu-quyen-han-va-co-cau-to-chuc-cua-Trung-tam-y-te-huyen-475801.aspx",
    "a Health ministry circular on district health centres: header number and date, decrees dated in words, an amending decree naming the decree it amends without its date",
    """BỘ Y TẾ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 07/2021/TT-BYT

Hà Nội, ngày 27 tháng 05 năm 2021

 

THÔNG TƯ

HƯỚNG DẪN CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA TRUNG TÂM Y TẾ HUYỆN, QUẬN, THỊ XÃ, THÀNH PHỐ THUỘC TỈNH, THÀNH PHỐ THUỘC THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG

Căn cứ Nghị định số 75/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương; Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;

Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ - Bộ Y tế;""",
    [("07/2021/TT-BYT", "2021-05-27"), ("75/2017/NĐ-CP", "2017-06-20"), ("24/2014/NĐ-CP", "2014-04-04"),
     ("107/2020/NĐ-CP", "2020-09-14"), ("24/2014/NĐ-CP", "2014-04-04")])

add("http://hoidieuduong.org.vn/tin-tuc/thong-tu-07-cua-bo-y-te-huong-dan-chuc-nang-nhiem-vu-quyen-han-va-co-cau-to-chuc-cua-trung-tam-y-te-tuyen-huyen",
    "a nurses' association's news: the circular named 'Thông tư 07' in the title (no reference) and dated by 'Ngày 27 tháng 5 năm 2021 Bộ Y tế đã ban hành Thông tư số …'",
    """Thông tư 07 của Bộ Y tế hướng dẫn chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Y tế tuyến huyện

Ngày 27 tháng 5 năm 2021 Bộ Y tế đã ban hành Thông tư số 07/2021/TT-BYT hướng dẫn chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Y tế tuyến huyện. Trong nội dung Thông tư ghi rõ trong cơ cấu tổ chức của Trung tâm Y tế tuyến huyện có Phòng Điều dưỡng.""",
    [("07/2021/TT-BYT", "2021-05-27")])

add("https://thuviennhadat.vn/phap-luat-doi-song/vi-tri-phap-ly-cua-trung-tam-y-te-huyen-duoc-quy-dinh-nhu-the-nao-508580.html",
    "a legal Q&A: the circular cited by article with its effective date in brackets (no issue date)",
    """Vị trí pháp lý của Trung tâm Y tế huyện được quy định như thế nào?
Vị trí pháp lý của Trung tâm Y tế huyện được quy định tại Điều 3 Thông tư 07/2021/TT-BYT (có hiệu lực từ 5/7/2021), cụ thể như sau:
- Trung tâm Y tế huyện là đơn vị sự nghiệp y tế công lập trực thuộc Sở Y tế, có tư cách pháp nhân, có trụ sở, con dấu, tài khoản riêng được mở tài khoản tại Kho bạc Nhà nước và Ngân hàng theo quy định của pháp luật.""",
    [("07/2021/TT-BYT", "")])

add("https://lawnet.vn/vb/Quyet-dinh-282-QD-VKSTC-2017-Quy-che-cong-tac-kiem-sat-viec-giai-quyet-cac-vu-an-hanh-chinh-577B8.html",
    "a legal database's page for a Supreme Procuracy decision: the title twice, a metadata block given twice ('Số hiệu: 282/QĐ-VKSTC Loại văn bản: …' on one line, then field by field) with 'Ngày ban hành: 01/08/2017', the header; laws cited by name and year (no reference)",
    """Quyết định 282/QĐ-VKSTC năm 2017 về Quy chế công tác kiểm sát việc giải quyết các vụ án hành chính do Viện trưởng Viện kiểm sát nhân dân tối cao ban hành

358328
LawNet .vn

Quyết định 282/QĐ-VKSTC năm 2017 về Quy chế công tác kiểm sát việc giải quyết các vụ án hành chính do Viện trưởng Viện kiểm sát nhân dân tối cao ban hành

Số hiệu: 282/QĐ-VKSTC Loại văn bản: Quyết định
Nơi ban hành: Viện kiểm sát nhân dân tối cao Người ký: Lê Minh Trí
Ngày ban hành: 01/08/2017 Ngày hiệu lực: Đã biết
Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật
Tình trạng: Đã biết
Số hiệu: 282/QĐ-VKSTC
Loại văn bản: Quyết định
Nơi ban hành: Viện kiểm sát nhân dân tối cao
Người ký: Lê Minh Trí
Ngày ban hành: 01/08/2017
Ngày hiệu lực: Đã biết
Ngày công báo: Đang cập nhật
Số công báo: Đang cập nhật
Tình trạng: Đã biết

VIỆN KIỂM SÁT NHÂN DÂN
TỐI CAO
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 282/QĐ-VKSTC

Hà Nội, ngày 01 tháng 08 năm 2017

 

QUYẾT ĐỊNH

VỀ VIỆC BAN HÀNH QUY CHẾ CÔNG TÁC KIỂM SÁT VIỆC GIẢI QUYẾT CÁC VỤ ÁN HÀNH CHÍNH

VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO

- Căn cứ Luật Tổ chức Viện kiểm sát nhân dân năm 2014;

- Căn cứ Luật Tố tụng hành chính năm 2015;""",
    [("282/QĐ-VKSTC", "2017-08-01"), ("282/QĐ-VKSTC", "2017-08-01"), ("282/QĐ-VKSTC", "2017-08-01"),
     ("282/QĐ-VKSTC", "2017-08-01"), ("282/QĐ-VKSTC", "2017-08-01")])

add("http://tracuuphapluat.net/2023/09/huong-dan-so-28hd-vkstc-ngay-2552022.html",
    "a blog copy of a Supreme Procuracy guide: the title with the date twice, the header, the procuracy's plan dated after the symbol",
    """Hướng dẫn số 28/HD-VKSTC ngày 25/5/2022 của Viện kiểm sát nhân dân tối cao - Một số nội dụng nhằm phát hiện vi phạm pháp luật trong quá trình giải quyết vụ án hành chính để ban hành kháng nghị phúc thẩm

 VANTHONGLAW - Hướng dẫn số 28/HD-VKSTC ngày 25/5/2022 của Viện kiểm sát nhân dân tối cao - Một số nội dụng nhằm phát hiện vi phạm pháp luật trong quá trình giải quyết vụ án hành chính để ban hành kháng nghị phúc thẩm

VIỆN KIỂM SÁT NHÂN DÂN
TỐI CAO
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 28/HD-VKSTC

Hà Nội, ngày 25 tháng 5 năm 2022

 

HƯỚNG DẪN

MỘT SỐ NỘI DUNG NHẰM PHÁT HIỆN VI PHẠM PHÁP LUẬT TRONG QUÁ TRÌNH GIẢI QUYẾT VỤ ÁN HÀNH CHÍNH ĐỂ BAN HÀNH KHÁNG NGHỊ PHÚC THẨM

Trong những năm qua, công tác kháng nghị phúc thẩm cùng cấp, cấp trên trực tiếp của nhiều đơn vị, địa phương đã thực hiện tốt theo chỉ tiêu của ngành Kiểm sát và Quốc hội đề ra. Tuy nhiên, còn một số vụ án, Viện kiểm sát chưa kịp thời phát hiện được vi phạm để thực hiện quyền kháng nghị phúc thẩm, có kháng nghị chất lượng chưa cao. Để kịp thời phát hiện vi phạm pháp luật trong quá trình giải quyết vụ án hành chính của Tòa án, nâng cao số lượng, chất lượng kháng nghị phúc thẩm; thực hiện Kế hoạch số 01/KH-VKSTC ngày 30/12/2021 của Viện trưởng Viện kiểm sát nhân dân tối cao về công tác trọng tâm của Viện kiểm sát nhân dân tối cao năm 2022,""",
    [("28/HD-VKSTC", "2022-05-25"), ("28/HD-VKSTC", "2022-05-25"), ("28/HD-VKSTC", "2022-05-25"),
     ("01/KH-VKSTC", "2021-12-30")])

add("https://hunganhtrading.vn/thong-tu-45-2019-tt-bca-tieu-chuan-tuyen-chon-cong-dan-vao-cong-an-nhan-dan/",
    "a company blog's copy of a Public Security circular: the symbol six times (title, 'Bạn đang xem', an upper-case heading 'THÔNG TƯ 45/2019/TT-BCA'), its effective date before its issue date in one sentence ('Từ ngày 18/11/2019 Thông tư … do Bộ trưởng … ban hành ngày 02/10/2019 chính thức có hiệu lực'), decrees with two-digit months",
    """Thông tư 45/2019/TT-BCA Tiêu chuẩn tuyển chọn công dân vào Công an nhân dân

Rate this post

Thông tư 45/2019/TT-BCA

Tiêu chuẩn tuyển chọn công dân vào Công an nhân dân

Từ ngày 18/11/2019 Thông tư 45/2019/TT-BCA do Bộ trưởng Bộ Công an ban hành ngày 02/10/2019 chính thức có hiệu lực.

Bạn đang xem: Thông tư 45/2019/TT-BCA Tiêu chuẩn tuyển chọn công dân vào Công an nhân dân

Thông tư quy định về tiêu chuẩn sức khỏe và khám sức khỏe tuyển chọn công dân thực hiện nghĩa vụ tham gia Công an nhân dân. Sau đây là nội dung chi tiết, mời các bạn cùng tham khảo và tải tại đây.

BỘ CÔNG AN
——–

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
—————

Số: 45/2019/TT-BCA

Hà Nội, ngày 02 tháng 10 năm 2019

THÔNG TƯ 45/2019/TT-BCA

QUY ĐỊNH VỀ TIÊU CHUẨN SỨC KHỎE VÀ KHÁM SỨC KHỎE TUYỂN CHỌN CÔNG DÂN THỰC HIỆN NGHĨA VỤ THAM GIA CÔNG AN NHÂN DÂN

Căn cứ Luật Nghĩa vụ Quân sự;

Căn cứ Luật Công an nhân dân ngày 20 tháng 11 năm 2018;

Căn cứ Nghị định số 70/2019/NĐ-CP ngày 23 tháng 8 năm 2019 của Chính phủ quy định về thực hiện nghĩa vụ tham gia Công an nhân dân;

Căn cứ Nghị định số 01/2018/NĐ-CP ngày 06 tháng 08 năm 2018 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an;""",
    [("45/2019/TT-BCA", "2019-10-02")] * 6 + [("70/2019/NĐ-CP", "2019-08-23"), ("01/2018/NĐ-CP", "2018-08-06")])

add("https://thuviennhadat.vn/vbpl/thong-tu-30-2017-tt-bca-bien-chuc-danh-bang-truc-ban-bang-kiem-tra-dieu-lenh-trong-cong-an-373113.html",
    "a Public Security circular in a table layout whose place-and-date line is broken word by word ('Hà Nội,\\nngày\\n12\\ntháng 09 năm 2017'), a decree dated across a line break, a Home Affairs circular of 2008 with no year in its symbol ('05/TT-BNV')",
    """BỘ CÔNG AN
-------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 30/2017/TT-BCA
|
Hà Nội,
ngày
12
tháng 09 năm 2017
|
THÔNG
TƯ
QUY
ĐỊNH VỀ BIỂN HIỆU, BIỂN CHỨC DANH, BĂNG TRỰC BAN, BĂNG KIỂM TRA ĐIỀU LỆNH TRONG
CÔNG AN NHÂN DÂN
Căn cứ Luật Công an nhân dân năm 2014;
Căn cứ Nghị định số 106/2014/NĐ-CP
ngày 17 tháng 11 năm 2014 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn
và cơ cấu tổ chức của Bộ Công an;
Căn cứ Thông tư số 05/TT-BNV ngày 07/8/2008
của Bộ trưởng Bộ Nội vụ hướng dẫn về biển tên cơ quan hành chính nhà nước;
Theo đề nghị của Tổng cục trưởng Tổng
cục Chính trị Công an nhân dân;""",
    [("30/2017/TT-BCA", "2017-09-12"), ("106/2014/NĐ-CP", "2014-11-17"), ("05/TT-BNV", "2008-08-07")])

add("http://hethongphapluat.com/huong-dan-12-hd-bca-v05-nam-2024-thuc-hien-tieu-chi-so-4-ve-an-ninh-trat-tu-do-thi-theo-quyet-dinh-04-2022-qd-ttg-quy-dinh-tieu-chi-trinh-tu-thu-tuc-xet-cong-nhan-dat-chuan-do-thi-van-minh-do-bo-cong-an-ban-hanh.html",
    "a Public Security guide whose issuer names a department ('12/HD-BCA-V05'), an upper-case title naming the Prime Minister's decision 'SỐ 04/2022/QĐ-TTG NGÀY 18/2/2022', the decision again in the text, a culture ministry letter",
    """BỘ CÔNG AN
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 12/HD-BCA-V05

Hà Nội, ngày 21 tháng 5 năm 2024

 

HƯỚNG DẪN

THỰC HIỆN TIÊU CHÍ SỐ 4 VỀ “AN NINH, TRẬT TỰ ĐÔ THỊ” THEO QUYẾT ĐỊNH SỐ 04/2022/QĐ-TTG NGÀY 18/2/2022 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH QUY ĐỊNH TIÊU CHÍ, TRÌNH TỰ, THỦ TỤC XÉT, CÔNG NHẬN ĐẠT CHUẨN ĐÔ THỊ VĂN MINH

Thực hiện Quyết định số 04/2022/QĐ-TTg ngày 18/2/2022 của Thủ tướng Chính phủ ban hành Quy định tiêu chí, trình tự, thủ tục xét, công nhận đạt chuẩn đô thị văn minh, trong đó có Tiêu chí số 4: An ninh, trật tự đô thị; căn cứ Công văn số 1624/BVHTTDL-VHCS ngày 26/4/2023 của Bộ Văn hóa thể thao và du lịch; căn cứ chức năng, nhiệm vụ được giao, Bộ Công an hướng dẫn thực hiện Tiêu chí số 4 như sau:""",
    [("12/HD-BCA-V05", "2024-05-21"), ("04/2022/QĐ-TTg", "2022-02-18"), ("04/2022/QĐ-TTg", "2022-02-18"),
     ("1624/BVHTTDL-VHCS", "2023-04-26")])

add("https://vbpl.vn/thuathienhue/Pages/vbpq-toanvan.aspx?ItemID=7862&Keyword=8i%2F2010%2FNQC%C4%90-H%C4%90ND",
    "a 1998 Defence ministry circular in a provincial database ('769/1998/TT-QP', the place-and-date line given by the database), an old decree with no year ('89/CP'), a State Inspectorate circular with no year or type hyphen ('1178/TTNN', undated); effective dates (no issue date)",
    """• Hiệu lực: Hết hiệu lực toàn bộ
  • Ngày có hiệu lực: 02/04/1998
  • Ngày hết hiệu lực: 06/06/2016
BỘ QUỐC PHÒNG
Số: 769/1998/TT-QP
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 18 tháng 3 năm 1998

 

THÔNG TƯ

Hướng dẫn thực hiện quy chế tổ chức tiếp công dân của Chính phủ trong quân đội

 

Thi hành Nghị định số 89/CP ngày 07/8/1997 của Chính phủ về việc ban hành quy chế tổ chức tiếp công dân và Thông tư số 1178/TTNN của Thanh tra Nhà nước, Bộ Quốc phòng hướng dẫn thực hiện thống nhất việc tổ chức tiếp công dân trong quân đội như sau:""",
    [("769/1998/TT-QP", "1998-03-18"), ("89/CP", "1997-08-07"), ("1178/TTNN", "")])

add("https://thuviennhadat.vn/vbpl/thong-tu-03-2024-tt-nhnn-sua-doi-thong-tu-19-2013-tt-nhnn-mua-ban-xu-ly-no-xau-cong-ty-quan-ly-tai-s-611245.html",
    "a State Bank circular of 2024 as a table: an upper-case title naming the amended circular with its date in words ('THÔNG TƯ 19/2013/TT-NHNN NGÀY 06 THÁNG 9 NĂM 2013'), decrees with dates across line breaks, a decree named three times (dated twice), amending decrees, the amended circular again",
    """NGÂN HÀNG NHÀ
NƯỚC
VIỆT NAM
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
03/2024/TT-NHNN
|
Hà Nội, ngày 16
tháng 5 năm 2024
|
THÔNG TƯ
SỬA
ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ 19/2013/TT-NHNN NGÀY 06 THÁNG 9 NĂM 2013
CỦA THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM QUY ĐỊNH VỀ VIỆC MUA, BÁN VÀ XỬ LÝ NỢ
XẤU CỦA CÔNG TY QUẢN LÝ TÀI SẢN CỦA CÁC TỔ CHỨC TÍN DỤNG VIỆT NAM
Căn cứ Luật Ngân
hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;
Căn cứ Luật Các tổ
chức tín dụng ngày 18 tháng 01 năm 2024;
Căn cứ Luật Doanh
nghiệp ngày 26 tháng 11 năm 2020;
Căn cứ Nghị định số 102/2022/NĐ-CP
ngày 12 tháng 12 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn
và cơ cấu tổ chức của Ngân hàng Nhà nước Việt Nam;
Căn cứ Nghị định số 53/2013/NĐ-CP
ngày 18 tháng 5 năm 2013 của Chính phủ về thành lập, tổ chức và hoạt động của
Công ty Quản lý tài sản của các tổ chức tín dụng Việt Nam; Nghị định số 34/2015/NĐ-CP ngày 31 tháng 3 năm 2015 sửa đổi
Nghị định 53/2013/NĐ-CP về thành lập, tổ chức
và hoạt động của Công ty Quản lý tài sản của các tổ chức tín dụng Việt Nam; Nghị
định số 18/2016/NĐ-CP ngày 18 tháng 3 năm
2016 sửa đổi Nghị định số 53/2013/NĐ-CP về
thành lập, tổ chức và hoạt động của Công ty Quản lý tài sản của các tổ chức tín
dụng Việt Nam;
Theo đề nghị của Chánh Thanh tra, giám sát ngân
hàng;
Thống đốc Ngân hàng Nhà nước Việt Nam ban hành
Thông tư sửa đổi, bổ sung một số Điều của Thông tư số 19/2013/TT-NHNN ngày 06 tháng 9 năm 2013 của Thống
đốc Ngân hàng Nhà nước Việt Nam quy định về việ""",
    [("03/2024/TT-NHNN", "2024-05-16"), ("19/2013/TT-NHNN", "2013-09-06"), ("102/2022/NĐ-CP", "2022-12-12"),
     ("53/2013/NĐ-CP", "2013-05-18"), ("34/2015/NĐ-CP", "2015-03-31"), ("53/2013/NĐ-CP", "2013-05-18"),
     ("18/2016/NĐ-CP", "2016-03-18"), ("53/2013/NĐ-CP", "2013-05-18"), ("19/2013/TT-NHNN", "2013-09-06")])

# ---------------------------------------------------------------- the culture ministry; legal databases' pages
add("https://hethongphapluat.com/chi-thi-274-ct-bvhttdl-nam-2022-ve-tang-cuong-quan-ly-nha-nuoc-doi-voi-hoat-dong-van-hoa-nghe-thuat-le-hoi-bao-ve-va-phat-huy-gia-tri-di-san-van-hoa-phuc-hoi-va-phat-trien-du-lich-do-bo-van-hoa-the-thao-va-du-lich-ban-hanh.html",
    "a database's list of related documents with the item number glued to the type word ('- 2Nghị định 113/2013/NĐ-CP'), laws by name and year (no reference), the directive's header as a table row",
    """- 1Luật di sản văn hóa 2001
- 2Nghị định 113/2013/NĐ-CP về hoạt động mỹ thuật
- 3Nghị định 72/2016/NĐ-CP về hoạt động nhiếp ảnh
- 4Nghị định 23/2019/NĐ-CP về hoạt động triển lãm
- 5Luật Du lịch 2017
- 6Nghị định 110/2018/NĐ-CP về quản lý và tổ chức lễ hội
- 7Nghị định 144/2020/NĐ-CP quy định về hoạt động nghệ thuật biểu diễn
- 8Luật Điện ảnh 2022
BỘ VĂN HOÁ, THỂ THAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 274/CT-BVHTTDL | Hà Nội, ngày 23 tháng 9 năm 2022 |
Trong thời gian qua, thực hiện quy định của pháp luật về quản lý chuyên ngành và quy định của pháp luật có liên quan, các hoạt động văn hóa nghệ thuật, lễ hội, bảo vệ và phát huy giá trị di sản văn hóa, phục hồi và phát triển du lịch (sau đây gọi là hoạt động) đã từng bước đi vào nề nếp""",
    [("113/2013/NĐ-CP", ""), ("72/2016/NĐ-CP", ""), ("23/2019/NĐ-CP", ""), ("110/2018/NĐ-CP", ""),
     ("144/2020/NĐ-CP", ""), ("274/CT-BVHTTDL", "2022-09-23")], pdf=True)

add("https://hethongphapluat.com/quyet-dinh-3561-qd-bvhttdl-nam-2016-quy-che-hoat-dong-van-hoa-nghe-thuat-quan-chung-trong-khuon-kho-ngay-hoi-van-hoa-dan-toc-mong-toan-quoc-lan-thu-ii-tai-tinh-ha-giang-do-bo-truong-bo-van-hoa-the-thao-va-du-lich-ban-hanh.html",
    "the same database for a culture ministry decision: a related-documents list ('- 1Nghị định …', a ministry decision 'năm 2013' with no full date), the header as a table row, the decree again dated in the Căn cứ, the ministry's decision and plan of 2016",
    """- 1Nghị định 76/2013/NĐ-CP quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch
- 2Quyết định 4551/QĐ-BVHTTDL năm 2013 Quy chế của Bộ Văn hóa, Thể thao và Du lịch hướng dẫn việc thu hút, vận động và quản lý nguồn hỗ trợ phát triển chính thức (ODA) và nguồn vốn vay ưu đãi của các nhà tài trợ
BỘ VĂN HÓA, THỂ THAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 3561/QĐ-BVHTTDL | Hà Nội, ngày 13 tháng 10 năm 2016 |
BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Căn cứ Nghị định số 76/2013/NĐ-CP ngày 16 tháng 7 năm 2013 của Chính phủ về quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch;
Căn cứ Quyết định số 551/QĐ-BVHTTDL ngày 24 tháng 02 năm 2016 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch về việc tổ chức Ngày hội văn hóa dân tộc Mông toàn quốc lần thứ II, tại tỉnh Hà Giang, năm 2016;
Căn cứ Kế hoạch số 2688/KH-BVHTTDL ngày 12 tháng 7 năm 2016 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch về việc tổ chức Ngày hội văn hóa dân tộc Mông toàn quốc lần thứ II, tại tỉnh Hà Giang, năm 2016;
Xét đề nghị của Vụ trưởng Vụ Văn hóa dân tộc,""",
    [("76/2013/NĐ-CP", "2013-07-16"), ("4551/QĐ-BVHTTDL", ""), ("3561/QĐ-BVHTTDL", "2016-10-13"),
     ("76/2013/NĐ-CP", "2013-07-16"), ("551/QĐ-BVHTTDL", "2016-02-24"), ("2688/KH-BVHTTDL", "2016-07-12")])

add("https://vanbanphapluat.co/thong-tu-15-2015-tt-bvhttdl-to-chuc-le-hoi",
    "a database page for a culture ministry circular: the symbol in four title and status lines (dated only by the header), the circular replacing it with its effective date (no issue date), the header, decrees, a decree named again in the text with its date",
    """Thông tư 15/2015/TT-BVHTTDL

Thông tư 15/2015/TT-BVHTTDL Quy định về tổ chức lễ hội do Bộ trưởng Bộ Văn hoá, Thể thao và du lịch ban hành

Thông tư 15/2015/TT-BVHTTDL tổ chức lễ hội đã được thay thế bởi Thông tư 05/2019/TT-BVHTTDL bãi bỏ văn bản quy phạm pháp luật thuộc thẩm quyền Bộ Văn hóa và được áp dụng kể từ ngày 01/09/2019.

Nội dung toàn văn Thông tư 15/2015/TT-BVHTTDL tổ chức lễ hội


BỘ VĂN HÓA, THỂ THAO
VÀ DU LỊCH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 15/2015/TT-BVHTTDL

Hà Nội, ngày 22 tháng 12 năm 2015

 

THÔNG TƯ

QUY ĐỊNH VỀ TỔ CHỨC LỄ HỘI

Căn cứ Nghị định số 103/2009/NĐ-CP ngày 06 tháng 11 năm 2009 của Chính phủ ban hành Quy chế hoạt động văn hóa và kinh doanh dịch vụ văn hóa công cộng;

Căn cứ Nghị định số 76/2013/NĐ-CP ngày 16 tháng 7 năm 2013 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch;

Theo đề nghị của Cục trưởng Cục Văn hóa cơ sở,

Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Thông tư quy định về tổ chức lhội.

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

1. Thông tư này quy định chi tiết một số điều về tổ chức lễ hội tại Quy chế hoạt động văn hóa và kinh doanh dịch vụ văn hóa công cộng ban hành kèm theo Nghị định số 103/2009/NĐ-CP ngày 06 tháng 11 năm 2009 của Chính phủ (sau đây gọi là Quy chế hoạt động văn hóa).

2. Việc tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng thực hiện theo Nghị định số 145/2013/NĐ-CP ngày 29 tháng 10 năm 2013 của Chính phủ Quy định về tổ chức ngày kỷ niệ""",
    [("15/2015/TT-BVHTTDL", "2015-12-22")] * 5 + [("05/2019/TT-BVHTTDL", ""), ("103/2009/NĐ-CP", "2009-11-06"),
     ("76/2013/NĐ-CP", "2013-07-16"), ("103/2009/NĐ-CP", "2009-11-06"), ("145/2013/NĐ-CP", "2013-10-29")])

add("https://vbpl.vn/angiang/Pages/vbpq-toanvan.aspx?ItemID=37712",
    "a provincial database's copy of a finance–culture joint circular: an effective date in the status block (no issue date), the joint issuer line, the number, a place-and-date line naming the province that filed it, decrees of 2003 and 2013, the Prime Minister's decisions and a letter 'TTg-KTTH'",
    """• Hiệu lực: Còn hiệu lực
  • Ngày có hiệu lực: 15/11/2014
BỘ TÀI CHÍNH-BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 144/2014/TTLT-BTC-BVHTTDL
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 30 tháng 9 năm 2014

 

THÔNG TƯ LIÊN TỊCH

Hướng dẫn quản lý và sử dụng kinh phí hoạt động phong trào

 “Toàn dân đoàn kết xây dựng đời sống văn hóa”

________________

 

Căn cứ Nghị định số 60/2003/NĐ-CP ngày 06 tháng 6 năm 2003 của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Ngân sách nhà nước;

Căn cứ Nghị định số 215/2013/NĐ-CP ngày 23 tháng 12 năm 2013 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính;

Căn cứ Nghị định số 76/2013/NĐ-CP ngày 16 tháng 07 năm 2013 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch;

Thực hiện Quyết định số 1610/QĐ-TTg ngày 16 tháng 9 năm 2011 của Thủ tướng Chính phủ phê duyệt Chương trình thực hiện Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” giai đoạn 2011 - 2015, định hướng đến năm 2020;

Thực hiện Quyết định số 794/QĐ-TTg ngày 26 tháng 6 năm 2012 của Thủ tướng Chính phủ về việc thành lập Ban Chỉ đạo Trung ương Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” trên cơ sở hợp nhất Ban Chỉ đạo Trung ương Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và Ban vận động Trung ương Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư” và công văn số 1151/TTg-KTTH ngày 08 tháng 8 năm 2012 của Thủ tướng Chính phủ về""",
    [("144/2014/TTLT-BTC-BVHTTDL", "2014-09-30"), ("60/2003/NĐ-CP", "2003-06-06"), ("215/2013/NĐ-CP", "2013-12-23"),
     ("76/2013/NĐ-CP", "2013-07-16"), ("1610/QĐ-TTg", "2011-09-16"), ("794/QĐ-TTg", "2012-06-26"),
     ("1151/TTg-KTTH", "2012-08-08")], ocr=True)

add("https://luatvietnam.vn/van-hoa/huong-dan-1064-hd-bvhttdl-219080-d6.html",
    "a legal database's attribute block with labels and values glued ('Số hiệu:1064/HD-BVHTTDLNgày đăng công báo:…', 'Ngày ban hành:30/03/2022Ngày hết hiệu lực:…'), the guide's title three times",
    """Hướng dẫn 1064/HD-BVHTTDL 2022 thực hiện các tiêu chí, chỉ tiêu thuộc Bộ Tiêu chí quốc gia về nông thôn mới các cấp giai đoạn 2021-2025

 • Thuộc tính
 • Nội dung
 • VB gốc
 • Tiếng Anh
 • Hiệu lực
 • VB liên quan
 • Lược đồ
 • Nội dung MIX

thuộc tính Hướng dẫn 1064/HD-BVHTTDL

Hướng dẫn 1064/HD-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về việc thực hiện các tiêu chí, chỉ tiêu thuộc Bộ Tiêu chí quốc gia về nông thôn mới các cấp giai đoạn 2021-2025
Cơ quan ban hành: Bộ Văn hóa, Thể thao và Du lịchSố công báo:Đang cập nhật
Số hiệu:1064/HD-BVHTTDLNgày đăng công báo:Đang cập nhật
Loại văn bản:Hướng dẫnNgười ký:Trịnh Thị Thủy
Ngày ban hành:30/03/2022Ngày hết hiệu lực:Đang cập nhật
Áp dụng:
Đã biết""",
    [("1064/HD-BVHTTDL", "2022-03-30")] * 4)

# ---------------------------------------------------------------- provinces' decisions and plans, registers
add("https://ls1.hethongphapluat.com/ke-hoach-2516-kh-ubnd-nam-2014-thuc-hien-quyet-dinh-34-2014-qd-ttg-quy-dinh-tieu-chuan-xa-phuong-thi-tran-phu-hop-voi-tre-em-do-tinh-kon-tum-ban-hanh.html",
    "a Kon Tum plan of 2014: an issuer line that lost its first letter ('Y BAN NHÂN DÂN'), an upper-case title naming the Prime Minister's decision with its type in capitals ('SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014'), a space before the comma that precedes each date ('34/2014/QĐ-TTg , ngày 30/5/2014'), the decision again undated",
    """Hệ thống pháp luật
Đang tải nội dung, vui lòng chờ giây lát...
Đang tải nội dung, vui lòng chờ giây lát...

Y BAN NHÂN DÂN
TỈNH KON TUM

-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 2516/KH-UBND

Kon Tum, ngày 03 tháng 10 năm 2014

 

KẾ HOẠCH

TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ QUY ĐỊNH TIÊU CHUẨN XÃ, PHƯỜNG, THỊ TRẤN PHÙ HỢP VỚI TRẺ EM

Căn cứ Quyết định số 34/2014/QĐ-TTg , ngày 30/5/2014 của Thủ tướng Chính phủ về việc Quy định tiêu chuẩn xã, phường, thị trấn phù hợp với trẻ em;

Thực hiện Công văn số 2928/LĐTBXH-BVCSTE , ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội về việc triển khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ.

Ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai thực hiện, cụ thể như sau:""",
    [("2516/KH-UBND", "2014-10-03"), ("34/2014/QĐ-TTg", "2014-05-30"), ("34/2014/QĐ-TTg", "2014-05-30"),
     ("2928/LĐTBXH-BVCSTE", "2014-08-12"), ("34/2014/QĐ-TTg", "2014-05-30")])

add("https://luatminhkhue.vn/quyet-dinh-48-2004-qd-ub-ban-hanh-quy-dinh-ve-can-bo--cong-chuc-cap-xa-do-uy-ban-nhan-dan-tinh-gia-lai-ban-hanh.aspx",
    "a Gia Lai decision of 2004 on commune officials: the old provincial issuer 'QĐ-UB', a space before the comma of the place ('Pleiku , ngày …'), words glued by the site ('Bộ trưởngBộ Nội vụ', 'Nghị định 09 vàThông tư 99', no reference), a decree cited twice, a ministry circular and decision, decisions and a guide replaced, one of 1998",
    """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
---------

Số: 48/2004/QĐ-UB

Pleiku , ngày 21 tháng 4 năm 2004

QUYẾT ĐỊNH

"VỀVIỆC BAN HÀNH QUY ĐỊNH VỀ CÁN BỘ, CÔNG CHỨC CẤP XÃ "

ỦY BAN NHÂN DÂN TỈNH

- Căn cứ Luật Tổ chức HĐND vàUBND năm 2003 ;
- Căn cứ Pháp lệnh Cán bộ công chức năm 1998 và Pháp lệnh sửa đổi, bổ sung một sốđiều của pháp lệnh cán bộ, công chức năm 2003 ;
- Căn cứ Nghị định 114/2003/NĐ-CP ngày 10/10/2003 của Chính phủ về cán bộ, côngchức xã, phường, thị trấn và Thông tư 03/2004/TT-BNV ngày 16/01/2004 của Bộ trưởngBộ Nội vụ hướng dẫn thực hiện Nghị định 114/2003/NĐ-CP ngày 10/10/2003 củaChính phủ;
- Căn cứ Nghị định 121/2003/NĐ-CP ngày 21/10/2003 của Chính phủ về chế độ chínhsách đối với cán bộ, công chức xã, phường, thị trấn;
- Căn cứ Quyết định số 04/2004/QĐ-BNV ngày 16/01/2004 của Bộ trưởng Bộ Nội vụ banhành tiêu chuẩn cụ thể đối với cán bộ, công chức xã, phường, thị trấn;
- Theo đề nghị của Giám đốc Sở Nội vụ,

QUYẾT ĐỊNH

Điều 1: Nay ban hành kèmtheo Quyết định này Quy định về cán bộ, công chức cấp xã.

Điều 2: Quyết định này cóhiệu lực thi hành kể từ ngày 01/04/2004 và thay thế các văn bản:

1. Quyết định số 01/2003/QĐ-UB ngày 07/01/2003 của UBND tỉnh Gia Lai về việc quy định một số nội dung về chínhsách cán bộ xã, phường, thị trấn.

2. Hướng dẫn số 837/HD-UB ngày04/9/1998 của UBND tỉnh Gia Lai về việc hướng dẫn thực hiện Nghị định 09 vàThông tư 99 về chế độ chính sách cán bộ xã.""",
    [("48/2004/QĐ-UB", "2004-04-21"), ("114/2003/NĐ-CP", "2003-10-10"), ("03/2004/TT-BNV", "2004-01-16"),
     ("114/2003/NĐ-CP", "2003-10-10"), ("121/2003/NĐ-CP", "2003-10-21"), ("04/2004/QĐ-BNV", "2004-01-16"),
     ("01/2003/QĐ-UB", "2003-01-07"), ("837/HD-UB", "1998-09-04")], ocr=True)

add("https://vanbanphapluat.co/quyet-dinh-1281-qd-ubnd-thu-tuc-hanh-chinh-thuoc-tham-quyen-giai-quyet-so-y-te-ha-tinh-2014",
    "a database page for a Hà Tĩnh decision (its title and status lines; the header, whose number lost its type, left out): the decision replacing it 'năm … 2015' with an effective date (no issue date), decrees, ministry circulars, a department letter and a justice department's appraisal letter dated in the 'Xét đề nghị' line",
    """Quyết định 1281/QĐ-UBND

Quyết định 1281/QĐ-UBND năm 2014 công bố thủ tục hành chính được bổ sung thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Hà Tĩnh

Quyết định 1281/QĐ-UBND thủ tục hành chính thuộc thẩm quyền giải quyết sở y tế Hà Tĩnh 2014 đã được thay thế bởi Quyết định 2519/QĐ-UBND 2015 công bố thủ tục hành chính của Sở Y tế Hà Tĩnh và được áp dụng kể từ ngày 30/06/2015.

Nội dung toàn văn Quyết định 1281/QĐ-UBND thủ tục hành chính thuộc thẩm quyền giải quyết sở y tế Hà Tĩnh 2014

QUYẾT ĐỊNH

VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC BỔ SUNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ TỈNH HÀ TĨNH

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;

Căn cứ Thông tư số 14/2013/TT-BYT ngày 06/5/2013 của Bộ Y tế về việc hướng dẫn khám sức khỏe;

Căn cứ Thông tư số 05/2014/TT-BTP ngày 07/02/2014 của Bộ Tư pháp về hướng dẫn công bố, niêm yết TTHC và báo cáo tình hình, kết qu thực hiện kiểm soát TTHC;

Xét đề nghị của Giám đốc Sở Y tế tại Văn bản số 610/SYT-VP ngày 18/4/2014, kèm theo Văn bản thẩm định số 312/STP-KSTT ngày 08/4/2014 của S Tư pháp Hà Tĩnh,""",
    [("1281/QĐ-UBND", ""), ("1281/QĐ-UBND", ""), ("1281/QĐ-UBND", ""), ("2519/QĐ-UBND", ""), ("1281/QĐ-UBND", ""),
     ("63/2010/NĐ-CP", "2010-06-08"), ("48/2013/NĐ-CP", "2013-05-14"), ("14/2013/TT-BYT", "2013-05-06"),
     ("05/2014/TT-BTP", "2014-02-07"), ("610/SYT-VP", "2014-04-18"), ("312/STP-KSTT", "2014-04-08")])

add("https://nhansu.vn/van-ban-phap-luat/Chi-thi-18-CT-UBND-2025-tang-cuong-ky-cuong-ky-luat-hanh-chinh-Hue-687410.html",
    "a 2025 Huế directive on an HR site: its title line, a Markdown attribute table ('| Số hiệu | 18/CT-UBND |', '| Ngày ban hành | 29/12/2025 |'), the header as table cells; dates of the city's status (no reference)",
    """Chỉ thị 18/CT-UBND năm 2025 tăng cường kỷ cương, kỷ luật hành chính; nâng cao hiệu quả, hiệu lực hoạt động bộ máy quản lý nhà nước trên địa bàn thành phố Huế
| Số hiệu | 18/CT-UBND |
| Ngày ban hành | 29/12/2025 |
| Ngày có hiệu lực | 29/12/2025 |
| Loại văn bản | Chỉ thị |
| Cơ quan ban hành | Thành phố Huế |
| Người ký | Nguyễn Khắc Toàn |
| Lĩnh vực | Bộ máy hành chính |
|
ỦY BAN NHÂN DÂN
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
|
Số: 18/CT-UBND |
Huế, ngày 29 tháng 12 năm 2025 |
CHỈ THỊ
TĂNG CƯỜNG KỶ CƯƠNG, KỶ LUẬT HÀNH CHÍNH; NÂNG CAO HIỆU QUẢ, HIỆU LỰC HOẠT ĐỘNG BỘ MÁY QUẢN LÝ NHÀ NƯỚC TRÊN ĐỊA BÀN THÀNH PHỐ
Thành phố Huế chính thức trở thành thành phố trực thuộc Trung ương từ ngày 01/01/2025 và áp dụng mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025.""",
    [("18/CT-UBND", "2025-12-29"), ("18/CT-UBND", "2025-12-29"), ("18/CT-UBND", "2025-12-29")])

add("https://vanban123.vn/Quyet-dinh/Quyet-dinh-01-2012-QD-UBND-ve-Quy-che-thu-thap-quan-ly-cap-nhat-khai-thac-va-su-dung-du-lieu-ve-tai-nguyen-va-moi-truong-tinh-Lang-Son-do-Uy-ban-nhan-dan-tinh-Lang-Son-ban-hanh-184885",
    "a Lạng Sơn decision of 2012 with its header in table cells ('Lạng sơn, ngày …' lower case), a decree named twice with its date, a ministry circular, a department submission, the regulation's 'Ban hành kèm theo Quyết định số: …' line",
    """UỶ
BAN NHÂN DÂN |
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 01/2012/QĐ-UBND |
Lạng sơn, ngày 20 tháng 01 năm 2012 |
ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;
Căn cứ Nghị định số 102/2008/NĐ-CP ngày 15 tháng 9 năm 2008 của Chính phủ về việc thu thập, quản lý, khai thác và sử dụng dữ liệu về tài nguyên và môi trường;
Căn cứ Thông tư số 07/2009/TT-BTNMT ngày 10 tháng 7 năm 2009 của Bộ Tài nguyên và Môi trường quy định chi tiết một số điều Nghị định số 102/2008/NĐ-CP ngày 15 tháng 9 năm 2008 của Chính phủ về việc thu thập, quản lý, khai thác và sử dụng dữ liệu về tài nguyên và môi trường;
Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 10/TTr-STNMT ngày 12 tháng 01 năm 2012,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế thu thập, quản lý, cập nhật, khai thác và sử dụng dữ liệu về tài nguyên và môi trường tỉnh Lạng Sơn.
Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.
THU THẬP, QUẢN LÝ, CẬP NHẬT, KHAI THÁC VÀ SỬ DỤNG DỮ LIỆU
TÀI NGUYÊN VÀ MÔI TRƯỜNG TRÊN ĐỊA BÀN TỈNH LẠNG SƠN
(Ban hành kèm theo Quyết định số: 01/2012/QĐ-UBND ngày 20 tháng 01 năm 2012
của UBND tỉnh Lạng Sơn)""",
    [("01/2012/QĐ-UBND", "2012-01-20"), ("102/2008/NĐ-CP", "2008-09-15"), ("07/2009/TT-BTNMT", "2009-07-10"),
     ("102/2008/NĐ-CP", "2008-09-15"), ("10/TTr-STNMT", "2012-01-12"), ("01/2012/QĐ-UBND", "2012-01-20")], pdf=True)

add("https://dulieuphapluat.vn/van-ban/van-hoa-van-ban/quyet-dinh-102021qd-ubnd-quy-dinh-ve-quan-ly-di-tich-di-vat-co-vat-bao-vat-quoc-gia-tren-dia-ban-tinh-bac-ninh-11105.html",
    "a Bắc Ninh decision on relics: the header as a table row, laws by name and year (no reference), a decree and a culture ministry circular, the decision it replaces with the eth 'QÐ' ('242/2014/QÐ-UBND'), a decision it repeals, the regulation's 'Ban hành kèm theo' line",
    """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 10/2021/QĐ-UBND | Bắc Ninh, ngày 06 tháng 05 năm 2021 |
ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương năm 2019;
Căn cứ Luật sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật năm 2020;
Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Di sản văn hóa năm 2009;
Căn cứ Nghị định số 166/2018/NĐ-CP ngày 25/12/2018 của Chính phủ quy định thẩm quyền, trình tự, thủ tục lập, thẩm định, phê duyệt quy hoạch, dự án bảo quản, tu bổ, phục hồi di tích lịch sử - văn hóa, danh lam thắng cảnh;
Căn cứ Thông tư số 15/2019/TT-BVHTTDL ngày 31/12/2019 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết một số quy định về bảo quản, tu bổ, phục hồi di tích;
QUYẾT ĐỊNH:
Điều 2. Quyết định này có hiệu lực từ ngày 18 tháng 5 năm 2021 và thay thế Quyết định số 242/2014/QÐ-UBND ngày 11 tháng 6 năm 2014 của UBND tỉnh Bắc Ninh, bãi bỏ Quyết định số 152/QĐ-UBND ngày 29 tháng 4 năm 2021 của UBND tỉnh Bắc Ninh.
- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |
QUẢN LÝ DI TÍCH, DI VẬT, CỔ VẬT, BẢO VẬT QUỐC GIA TRÊN ĐỊA BÀN TỈNH BẮC NINH
(Ban hành kèm theo Quyết định số 10/2021/QĐ-UBND ngày 06/5/2021 của UBND tỉnh Bắc Ninh)""",
    [("10/2021/QĐ-UBND", "2021-05-06"), ("166/2018/NĐ-CP", "2018-12-25"), ("15/2019/TT-BVHTTDL", "2019-12-31"),
     ("242/2014/QĐ-UBND", "2014-06-11"), ("152/QĐ-UBND", "2021-04-29"), ("10/2021/QĐ-UBND", "2021-05-06")])

add("https://vbpl.vn/tayninh/Pages/vbpq-lichsu.aspx?ItemID=55494",
    "a provincial database's effect-history table: rows 'date | event | source document'; the row 'Văn bản được ban hành' gives the decision's issue date, the other rows give the dates of amendments, partial repeal and replacement (no issue date of the amending documents); effective dates in the status block",
    """• Hiệu lực: Hết hiệu lực toàn bộ
  • Ngày có hiệu lực: 19/07/2013
  • Ngày hết hiệu lực: 06/05/2019
Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND
Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực
09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND
19/07/2013 Văn bản có hiệu lực 30/2013/QĐ-UBND
09/01/2015 Được sửa đổi 79/2014/QĐ-UBND
27/02/2015 Bị hết hiệu lực 1 phần 413/QĐ-UBND
19/05/2017 Được sửa đổi 14/2017/QĐ-UBND
06/05/2019 Văn bản hết hiệu lực 30/2013/QĐ-UBND
06/05/2019 Bị thay thế 14/2019/QĐ-UBND""",
    [("30/2013/QĐ-UBND", "2013-07-09")] * 4 + [("79/2014/QĐ-UBND", ""), ("413/QĐ-UBND", ""),
     ("14/2017/QĐ-UBND", ""), ("14/2019/QĐ-UBND", "")])

add("https://vbpl.vn/gialai/Pages/vbpq-lichsu.aspx?ItemID=68506&dvid=247",
    "the same register for a Gia Lai decision of 2007: issued, in force, supplemented by a 2008 decision, replaced by a 2011 one (the dates are events, not the issue dates of the later decisions)",
    """• Hiệu lực: Hết hiệu lực toàn bộ
  • Ngày có hiệu lực: 04/10/2007
  • Ngày hết hiệu lực: 23/07/2011
Lịch sử hiệu lực: Quyết định 90/2007/QĐ-UBND
Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực
24/09/2007 Văn bản được ban hành 90/2007/QĐ-UBND
04/10/2007 Văn bản có hiệu lực 90/2007/QĐ-UBND
25/10/2008 Được bổ sung 58/2008/QĐ-UBND Xem tại đây
23/07/2011 Văn bản hết hiệu lực 90/2007/QĐ-UBND
23/07/2011 Bị thay thế 18/2011/QĐ-UBND""",
    [("90/2007/QĐ-UBND", "2007-09-24")] * 4 + [("58/2008/QĐ-UBND", ""), ("18/2011/QĐ-UBND", "")], pdf=True)


# ---------------------------------------------------------------- more: Party rules, finance, banking, schools, registers
add("https://thuvienphapluat.vn/documents/law.aspx?id=M%3DpReU9URTTX&mode=09dsbGRWOHhOdzWk",
    "a database page for the Secretariat's rule on Party documents: a title line calling the rule a decision ('Quyết định 66-QĐ/TW …'), the metadata block with 'Ngày ban hành: 06/02/2017', the Party header",
    """Quyết định 66-QĐ/TW thể loại thẩm quyền ban hành văn bản thể thức văn bản của Đảng 2017

Số hiệu: 66-QĐ/TW Loại văn bản: Quy định
Nơi ban hành: Ban Chấp hành Trung ương Người ký: Đinh Thế Huynh
Ngày ban hành: 06/02/2017 Ngày hiệu lực: Đã biết
Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật
Tình trạng: Đã biết

BAN CHẤP HÀNH TRUNG ƯƠNG
--------

ĐẢNG CỘNG SẢN VIỆT NAM
---------------

Số: 66-QĐ/TW

Hà Nội, ngày 06 tháng 02 năm 2017

 

QUY ĐỊNH

VỀ THỂ LOẠI, THẨM QUYỀN BAN HÀNH VÀ THỂ THỨC VĂN BẢN CỦA ĐẢNG

- Căn cứ Điều lệ Đảng;

- Căn cứ Quy chế làm việc của Ban chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XII;

- Theo đề nghị của Văn phòng Trung ương Đảng,""",
    [("66-QĐ/TW", "2017-02-06"), ("66-QĐ/TW", "2017-02-06"), ("66-QĐ/TW", "2017-02-06")])

add("https://text.123docz.net/document/5747617-de-cuong-mon-cong-tac-van-phong-cap-uy.htm",
    "a Party-office course outline: a Secretariat rule with its date after a comma and a line break ('219-QĐ/TW, ngày\\n27/12/2013')",
    """Câu 1: Trình bày chức năng, nhiệm vụ của Văn phòng cấp ủy ( tỉnh, thành ủy)
- Vp cấp ủy là bộ phận tham mưu, giúp việc trực tiếp cho thường trực, BTV, BCH
đảng bộ, đặt dưới sự quản lý, chỉ đạo trực tiếp của các cơ quan lãnh đạo của Đảng
ở các cấp, là cơ quan quan trọng trong hệ thống các ban của cấp ủy Đảng.
- Ban Bí thư Trung ương Đảng đã ban hành Quy định số 219-QĐ/TW, ngày
27/12/2013 về chức năng, nhiệm vụ, tổ chức bộ máy cơ quan chuyên trách tham
mưu, giúp việc tỉnh ủy, thành ủy như sau:""",
    [("219-QĐ/TW", "2013-12-27")])

add("https://hcmunre.edu.vn/quyet-dinh-740qd-tdhtphcm-ngay-08-thang-8-nam-2017-ban-hanh-quy-che-dao-tao-dai-hoc-he-chinh-quy-theo-he-thong-tin-chi",
    "a university's own decision in a link title, the date in words after the symbol",
    """Quyết định 740/QĐ-TĐHTPHCM ngày 08 tháng 8 năm 2017 ban hành Quy chế đào tạo đại học hệ chính quy theo hệ thống tín chỉ""",
    [("740/QĐ-TĐHTPHCM", "2017-08-08")])

add("https://saudaihoc.ntt.edu.vn/van-ban-cua-bo/quy-che-tuyen-sinh-va-dao-tao-trinh-do-thac-si-cua-bo-gddt/",
    "a university's list of ministry rules cited by short forms 'TT 15/2014', 'TT 23/2021' (a number and year with no type in the symbol: no reference) and effective dates",
    """Quy chế tuyển sinh và đào tạo trình độ thạc sĩ của Bộ GD&ĐT

1. Quy chế tuyển sinh và đào tạo trình độ thạc sĩ (TT 15/2014), hiệu lực từ 01/07/2014 – Xem tại đây

2. Quy chế tuyển sinh và đào tạo trình độ thạc sĩ, (TT 23/2021), hiệu lực từ 15/10/2021 – Xem tại đây""",
    [])

add("https://hcmue.edu.vn/vi/van-ban/ngha-a-nh-tha-ng-t-ma-i-ban-ha-nh/2159-thong-tu-08-2021-tt-bgddt-quy-ch-dao-t-o-trinh-d-d-i-h-c",
    "a university's document list item: a ministry circular by symbol only",
    """Thông tư 08/2021/TT-BGDĐT Quy chế đào tạo trình độ đại học""",
    [("08/2021/TT-BGDĐT", "")])

add("http://thptvonhai.thainguyen.edu.vn/tai-nguyen/van-ban/18-2019-tt-bgddt-thong-tu-ban-hanh-quy-dinh-bdtx-doi-voi-cbq.html",
    "a school's document list item whose title writes the circular file-safe with hyphens for the slashes ('18-2019-TT-BGDĐT', read as the slashes, as the underscores of a file-safe title are)",
    """18-2019-TT-BGDĐT Thông tu ban hành quy định BDTX đối với CBQL trong cơ sở giáo dục phổ thông""",
    [("18/2019/TT-BGDĐT", "")])

add("https://lumi-lt.com/techconnect/lop-1-tuu-truong-som-nhat-tu-ngay-23-8-2021.htm",
    "a news copy with advertising words injected into it ('tựu 1xbet casino mobil sớm nhất'): a ministry decision undated, school-year dates (no reference)",
    """Lớp 1 tựu 1xbet casino mobil sớm nhất từ ngày 23/8/2021
Thứ trưởng Bộ Giáo dục và Đào tạo Nguyễn Hữu Độ vừa ký Quyết định số 2551/QĐ-BGDĐT, ban hành khung kế hoạch thời gian năm học 2021-2022 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên...
Theo khung kế hoạch thời gian năm 1xbet casino mobil 2021-2022, thời gian tựu trường sớm nhất vào ngày 1/9/2021. Riêng đối với lớp 1, tựu trường sớm nhất từ ngày 23/8/2021.
Quyết định nêu rõ việc tổ chức khai giảng sẽ tiến hành vào ngày 5/9/2021.""",
    [("2551/QĐ-BGDĐT", "")])

add("https://hethongphapluat.vn/cong-van-4555-bgddt-gdpt-nam-2025-huong-dan-thuc-hien-nhiem-vu-giao-duc-pho-thong-nam-hoc-2025-2026-do-bo-giao-duc-va-dao-tao-ban-hanh.html",
    "an education ministry letter of 2025: the number with its 'V/v' subject line between it and the place-and-date line",
    """BỘ GIÁO DỤC VÀ ĐÀO TẠO
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 4555/BGDĐT-GDPT
V/v hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025-2026

Hà Nội, ngày 05 tháng 8 năm 2025

 

Kính gửi: Các Sở Giáo dục và Đào tạo.""",
    [("4555/BGDĐT-GDPT", "2025-08-05")])

add("https://vi10.ilovetranslation.com/sypymp4aKDr=d",
    "a translation site's sentence pair: the Vietnamese with a garbled month ('05/077/1999', no date), the English with the symbol in ASCII ('147/1999/QD-TTg', read 'QĐ') and another garbled date",
    """Quyết định số 147/1999/QĐ-TTg, ngày 05/077/1999 của Chính phủ quy định về tiêu chuẩn, định mức sử dụng công sở làm việc tại các cơ quan nhà nước đơn vị sự nghiệp
Decision No 147/1999/QD-TTg on 04/077/1999 of the Government regulations on the standards and norms used public office to work at the State agency business units""",
    [("147/1999/QĐ-TTg", ""), ("147/1999/QĐ-TTg", "")])

add("http://laocai.gov.vn/sites/batxat/tlvb/tlh/Trang/20120710081514.aspx",
    "a district portal's document list: an upper-case title 'QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008' with a posting date in brackets, a file name 'QD 164.doc' (no reference)",
    """QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008   (11/07/2012 )
 

click chuột vào đây để tải tài liệu vềQD 164.doc""",
    [("69/2008/QĐ-TTg", "2008-05-28")])

add("https://hethongphapluat.vn/quyet-dinh-49-2015-qd-ubnd-ve-quy-dinh-che-do-dong-gop-mien-giam-ho-tro-va-cac-khoan-chi-phi-doi-voi-nguoi-nghien-ma-tuy-chua-tri-cai-nghien-bat-buoc-va-tu-nguyen-tai-trung-tam-chua-benh-giao-duc-lao-dong-xa-hoi-tai-cong.html",
    "a Bình Thuận decision of 2015: a space before the slash in the header number ('49 /2015/QĐ-UBND'), decrees, a finance–labour joint circular written 'Thông tư Liên tịch', the People's Council's letter",
    """ỦY BAN NHÂN DÂN
TỈNH BÌNH THUẬN
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 49 /2015/QĐ-UBND

Bình Thuận, ngày 19 tháng 10 năm 2015

 

QUYẾT ĐỊNH

QUY ĐỊNH CHẾ ĐỘ ĐÓNG GÓP, MIỄN, GIẢM, HỖ TRỢ VÀ CÁC KHOẢN CHI PHÍ ĐỐI VỚI NGƯỜI NGHIỆN MA TÚY CHỮA TRỊ, CAI NGHIỆN BẮT BUỘC VÀ TỰ NGUYỆN TẠI TRUNG TÂM CHỮA BỆNH - GIÁO DỤC - LAO ĐỘNG XÃ HỘI, TẠI GIA ĐÌNH VÀ CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH BÌNH THUẬN.

ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN

Căn cứ Nghị định số 94/2010/NĐ-CP ngày 09/9/2010 của Chính phủ quy định về tổ chức cai nghiện ma túy tại gia đình, cai nghiện ma túy tại cộng đồng;

Căn cứ Nghị định số 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ quy định chế độ áp dụng biện pháp xử lý hành chính đưa vào cơ sở cai nghiện bắt buộc;

Căn cứ Thông tư Liên tịch số 148/2014/TTLT-BTC-BLĐTBXH ngày 08/10/2014 của Liên Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội về quy định quản lý và sử dụng kinh phí thực hiện chế độ áp dụng biện pháp xử lý hành chính đưa vào cơ sở cai nghiện bắt buộc;

Thực hiện Công văn số 1495/HĐND-KTXH ngày 09/10/2015 của Hội đồng nhân dân tỉnh;

Theo đề nghị của Liên Sở Lao động - Thương binh và Xã hội - Sở Tài chính,""",
    [("49/2015/QĐ-UBND", "2015-10-19"), ("94/2010/NĐ-CP", "2010-09-09"), ("221/2013/NĐ-CP", "2013-12-30"),
     ("148/2014/TTLT-BTC-BLĐTBXH", "2014-10-08"), ("1495/HĐND-KTXH", "2015-10-09")])

add("https://hethongphapluat.com/quyet-dinh-68-2007-qd-ubnd-quy-dinh-chinh-sach-khuyen-khich-phat-trien-cac-co-so-dich-vu-ngoai-cong-lap-ap-dung-tren-dia-ban-tinh-dong-thap.html",
    "a Đồng Tháp decision of 2007: a finance circular guiding a decree dated in the same line, a provincial People's Council resolution whose issuer is written with dots and its term ('97/2007/NQ.HĐND.K7'; the dot between type and issuer read as the hyphen, round 19's convention: 97/2007/NQ-HĐND.K7, label brought to it after the measure before); an effective date (no issue date)",
    """UỶ BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
---------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 68/2007/QĐ-UBND

Thành phố Cao Lãnh, ngày 28 tháng 12 năm 2007

 

QUYẾT ĐỊNH

VỀ BAN HÀNH QUY ĐỊNH CHÍNH SÁCH KHUYẾN KHÍCH PHÁT TRIỂN CÁC CƠ SỞ DỊCH VỤ NGOÀI CÔNG LẬP ÁP DỤNG TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP

UỶ BAN NHÂN DÂN TỈNH ĐỒNG THÁP

Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;

Căn cứ Thông tư số 91/2006/TT-BTC ngày 02 tháng 10 năm 2006 của Bộ Tài chính hướng dẫn Nghị định số 53/2006/NĐ-CP ngày 25 tháng 5 năm 2006 của Chính phủ về chính sách khuyến khích phát triển các cơ sở cung ứng dịch vụ ngoài công lập;

Căn cứ Nghị quyết số 97/2007/NQ.HĐND.K7 ngày 13 tháng 12 năm 2007 của Hội đồng nhân dân tỉnh Đồng Tháp về việc phê chuẩn Quy định chính sách khuyến khích phát triển các cơ sở ngoài công lập áp dụng trên địa bàn tỉnh Đồng Tháp;

Xét đề nghị của Giám đốc Sở Tài chính,

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định chính sách khuyến khích phát triển các cơ sở ngoài công lập áp dụng trên địa bàn tỉnh Đồng Tháp.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2008.""",
    [("68/2007/QĐ-UBND", "2007-12-28"), ("91/2006/TT-BTC", "2006-10-02"), ("53/2006/NĐ-CP", "2006-05-25"),
     ("97/2007/NQ-HĐND.K7", "2007-12-13")])

add("https://hethongphapluat.com/van-ban-phap-luat_page-9945.html",
    "a database's list page of 1981 documents: 'Số hiệu: 953/VP4 Ban hành: 19/03/1981' (an old office letter with no type, labelled by the field), 'Số hiệu: Khôngsố' (no number, no reference)",
    """Văn bản pháp luật

Loại: Công văn   Số hiệu: 953/VP4 Ban hành: 19/03/1981 Hiệu lực: Kiểm tra
Loại: Pháp lệnh   Số hiệu: Khôngsố Ban hành: 22/01/1981 Hiệu lực: Kiểm tra""",
    [("953/VP4", "1981-03-19")])

add("http://congbao.chinhphu.vn/noi-dung-van-ban-so-01_2013_TT-BKH%C4%90T-(10392)",
    "the Official Gazette's page line: a planning ministry circular and the gazette issue numbers (no reference)",
    """Thông tư 01/2013/TT-BKHĐT    Nằm trên công báo: 87 + 88 | 89 + 90""",
    [("01/2013/TT-BKHĐT", "")])

add("https://ls1.hethongphapluat.com/huong-dan-1324-nhcs-tdnn-nam-2010-thuc-hien-cho-vay-von-theo-quyet-dinh-1592-qd-ttg-tiep-tuc-thuc-hien-chinh-sach-ho-tro-dat-san-xuat-dat-o-va-nuoc-sinh-hoat-den-nam-2010-cho-ho-dong-bao-dan-toc-thieu-so-ngheo-doi-song-kho-khan.html",
    "a Social Policy Bank guide: the header as a table row, an upper-case title naming the Prime Minister's decision ('SỐ 1592/QĐ-TTG NGÀY 12/10/2009'), the decision twice more dated, short names 'Quyết định 1592' and 'Nghị quyết 30a' (no reference), an older decision undated",
    """NGÂN HÀNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1324/NHCS-TDNN | Hà Nội, ngày 04 tháng 06 năm 2010 |
HƯỚNG DẪN
THỰC HIỆN CHO VAY VỐN THEO QUYẾT ĐỊNH SỐ 1592/QĐ-TTG NGÀY 12/10/2009 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TIẾP TỤC THỰC HIỆN MỘT SỐ CHÍNH SÁCH HỖ TRỢ ĐẤT SẢN XUẤT, ĐẤT Ở VÀ NƯỚC SINH HOẠT ĐẾN NĂM 2010 CHO HỘ ĐỒNG BÀO DÂN TỘC THIỂU SỐ NGHÈO, ĐỜI SỐNG KHÓ KHĂN
Thực hiện Quyết định số 1592/QĐ-TTg ngày 12/10/2009 của Thủ tướng Chính phủ về tiếp tục thực hiện một số chính sách hỗ trợ đất sản xuất, đất ở nước sinh hoạt đến năm 2010 cho hộ đồng bào dân tộc thiểu số nghèo, đời sống khó khăn (Sau đây gọi tắt là Quyết định 1592); Tổng giám đốc hướng dẫn thực hiện một số nội dung sau đây:
Đối với hộ đồng bào dân tộc thiểu số nghèo, đời sống khó khăn là đối tượng đang thụ hưởng các chính sách tín dụng ưu đãi như: chương trình cho vay hộ nghèo; chương trình cho vay xuất khẩu lao động; cho vay nước sạch vệ sinh môi trường nông thôn; chương trình học sinh sinh viên; chương trình cho vay hộ đồng bào dân tộc thiểu số đặc biệt khó khăn theo Quyết định 32/2007/QĐ-TTg ; chương trình cho vay hộ nghèo tại 62 huyện nghèo theo Nghị quyết 30a của Chính phủ,.. .và một số chương trình tín dụng chính sách khác.
Năm 2010, các chi nhánh tiếp tục thực hiện các chính sách tín dụng theo các quy định hiện hành cho đồng bào dân tộc thiểu số là hộ nghèo. Đồng thời thực hiện Quyết định 1592/QĐ-TTg ngày 12/10/2009 của Thủ tướng Chính phủ về tiếp tục thực hiện một số chính sách trong năm 2010""",
    [("1324/NHCS-TDNN", "2010-06-04"), ("1592/QĐ-TTg", "2009-10-12"), ("1592/QĐ-TTg", "2009-10-12"),
     ("32/2007/QĐ-TTg", ""), ("1592/QĐ-TTg", "2009-10-12")], pdf=True)

add("https://tuvanthuecompt.com/thong-muc-luc-ngan-sach-nha-nuoc/",
    "a tax consultant's post: a circular dated after the symbol, its effective date after (no issue date), a posting date above",
    """Hệ thống mục lục ngân sách Nhà nước

24/10/2017

Thông tư số 324/2016/TT-BTC ngày 21/12/2016 về Quy định hệ thống mục lục ngân sách Nhà nước. Thông tư này có hiệu lực thi hành từ ngày 04 tháng 02 năm 2017, áp dụng từ năm ngân sách 2017:""",
    [("324/2016/TT-BTC", "2016-12-21")])

add("http://vinanet.vn/van-ban-phap-luat/thong-tu-so-3282016tt-btc-662639.html",
    "a trade portal's line: a finance circular whose date follows its issuer ('… của Bộ Tài chính ngày 26 tháng 12 năm 2016')",
    """Thông tư số 328/2016/TT-BTC của Bộ Tài chính ngày 26 tháng 12 năm 2016 về việc hướng dẫn thu và quản lý các khoản thu ngân sách nhà nước qua Kho bạc Nhà nước.""",
    [("328/2016/TT-BTC", "2016-12-26")])

add("https://thuvienphapluat.vn/van-ban/tien-te-ngan-hang/thong-tu-315-2016-tt-btc-quan-ly-su-dung-tai-khoan-kho-bac-nha-nuoc-mo-tai-ngan-hang-nha-nuoc-333396.aspx",
    "a database's summary of a finance circular: title, metadata 'Ngày ban hành: 30/11/2016', 'ban hành ngày 30/11/2016' after the issuer, the number and year alone ('Thông tư số 315/2016', no reference) and a short form without the year ('Thông tư 315/TT-BTC', a symbol of its own, undated)",
    """Thông tư 315/2016/TT-BTC quản lý sử dụng tài khoản Kho bạc Nhà nước mở tại Ngân hàng Nhà nước

Số hiệu: 315/2016/TT-BTC Loại văn bản: Thông tư
Nơi ban hành: Bộ Tài chính Người ký: Trần Xuân Hà
Ngày ban hành: 30/11/2016 Ngày hiệu lực: Đã biết
Ngày công báo: Đã biết Số công báo: Đã biết
Tình trạng: Đã biết
Thông tư 315/2016/TT-BTC quy định việc quản lý và sử dụng tài khoản của Kho bạc Nhà nước mở tại Ngân hàng Nhà nước Việt Nam và các ngân hàng thương mại để thực hiện thu, chi ngân quỹ nhà nước do Bộ Tài chính ban hành ngày 30/11/2016.

1. Các loại tài khoản của Kho bạc Nhà nước

Theo Thông tư số 315/2016, có các loại tài khoản của Kho bạc Nhà nước sau:

+ Tài khoản thanh toán tổng hợp của Sở Giao dịch Kho bạc Nhà nước mở tại Sở Giao dịch Ngân hàng nhà nước Việt Nam;

2. Nơi mở tài khoản của Kho bạc Nhà nước

- Thông tư 315/TT-BTC quy đ""",
    [("315/2016/TT-BTC", "2016-11-30"), ("315/2016/TT-BTC", "2016-11-30"), ("315/2016/TT-BTC", "2016-11-30"),
     ("315/TT-BTC", "")])

add("https://news.thuvienphapluat.vn/tintuc/tag?keyword=163%2F2016%2FN%C4%90-CP",
    "a news tag page: the tag line a bare decree symbol, a circular guiding it, both undated",
    """163/2016/NĐ-CP

Quy trình mới về chi ngân sách theo hình thức lệnh chi tiền

Quy trình mới về chi ngân sách theo hình thức lệnh chi tiền

Theo Thông tư 342/2016/TT-BTC hướng dẫn Nghị định 163/2016/NĐ-CP , việc chi ngân sách bằng hình thức lệnh chi tiền được thực hiện theo quy trình sau:""",
    [("163/2016/NĐ-CP", ""), ("342/2016/TT-BTC", ""), ("163/2016/NĐ-CP", "")])

add("https://m.elib.vn/tai-lieu/thong-tu-so-07-2020-tt-btc-2299.html",
    "a document site's copy of a finance circular: the description dating it with 'do bộ trưởng ban hành ngày …', the header as table cells, decrees dated in words",
    """Thông tư 07/2020/TT-BTC quy định chế độ quản lý tài chính đối với cơ quan VN ở nước ngoài
Thông tư số 07/2020/TT-BTC quy định chế độ quản lý tài chính, tài sản đối với cơ quan Việt Nam ở nước ngoài do bộ trưởng ban hành ngày 03 tháng 02 năm 2020. Mời các bạn cùng tham khảo.
Mục lục nội dung
BỘ TÀI CHÍNH ------- |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
Số: 07/2020/TT-BTC | Hà Nội, ngày 03 tháng 02 năm 2020 |
THÔNG TƯ
THÔNG TƯ QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH, TÀI SẢN ĐỐI VỚI CƠ QUAN VIỆT NAM Ở NƯỚC NGOÀI
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Căn cứ Nghị định số 117/2017/NĐ-CP ngày 19 tháng 10 năm 2017 của Chính phủ quy định về quản lý, sử dụng ngân sách nhà nước đối với một số hoạt động đối ngoại;
Căn cứ Nghị định số 08/2019/NĐ-CP ngày 23 tháng 01 năm 2019 của Chính phủ quy định một số chế độ đối với thành viên Cơ quan Việt Nam ở nước ngoài;
Căn cứ Nghị định số 166/2017/NĐ-CP ngày 31 tháng 12 năm 2017 của Chính phủ quy định tiêu chuẩn, định mức và chế độ quản lý, sử dụng tài sản công ở Cơ quan Việt Nam ở nước ngoài;""",
    [("07/2020/TT-BTC", "2020-02-03"), ("07/2020/TT-BTC", "2020-02-03"), ("07/2020/TT-BTC", "2020-02-03"),
     ("117/2017/NĐ-CP", "2017-10-19"), ("08/2019/NĐ-CP", "2019-01-23"), ("166/2017/NĐ-CP", "2017-12-31")])

add("http://giaxaydung.vn/diendan/printthread.php?s=78e7038209d007bdb1a2cc76bb540c41&t=109589&pp=10&page=1",
    "a construction forum's print page: a finance circular dated after the symbol",
    """Thông tư 28/2012/TT-BTC ngày 24/02/2012 của Bộ Tài chính Quy định về quản lý vốn đầu tư thuộc nguồn vốn ngân sách xã, phường, thị trấn.

Xem bảng in""",
    [("28/2012/TT-BTC", "2012-02-24")])

add("http://hg.haugiang.gov.vn/Default.aspx?pageindex=16&pageid=7059&siteid=43",
    "a provincial portal's list of budget-code circulars: posting dates in brackets with no year ('(28/06)', no issue date), one circular dated in full before its bracket, the decision it amends dated, a ministry decision 'QĐ số 1232/QĐ-BTC (17/03)'",
    """Tra cứu hệ thống mục lục ngân sách nhà nước

Thông tư 324/2016/TT-BTC (28/06)

Quy định Hệ thống Mục lục ngân sách nhà nước

Thông tư số 147/2013/TT-BTC (11/11)

Thông tin quy định sửa đổi, bổ sung hệ thống mục lục ngân sách nhà nước

Thông tư số 97/2013/TT-BTC (05/08)

Quy định sửa đổi, bổ sung hệ thống mục lục ngân sách nhà nước

Thông tư số 110/2012/TT-BTC ngày 03/7/2012 (09/07)

Sửa đổi, bổ sung một số Điều của Quyết định số 33/2008/QĐ-BTC ngày 02/6/2008 của Bộ trưởng Bộ Tài chính về Hệ thống Mục lục ngân sách nhà nước

QĐ số 1232/QĐ-BTC (17/03)

V/v bổ sung hệ thống Mục lục NSNN áp dụng trong các cơ quan hành chính, đơn vị sự nghiệp thuộc BTC""",
    [("324/2016/TT-BTC", ""), ("147/2013/TT-BTC", ""), ("97/2013/TT-BTC", ""), ("110/2012/TT-BTC", "2012-07-03"),
     ("33/2008/QĐ-BTC", "2008-06-02"), ("1232/QĐ-BTC", "")], ocr=True)

# Passages that go in as a scan read by tesseract or as a PDF's text (as in unseen21r–22r, a few of each):
# four scans (a joint circular's header and Căn cứ, a 2004 decision with glued words, a tax letter, a list
# of budget-code circulars), five PDFs (a related-documents list with a table-row header, a decision with
# its header in cells, an effect-history table, a Social Security notice, a bank's guide with a table-row
# header).
OCR_URLS = ("hocketoanmaytaihanoi.blogspot.com",)
PDF_URLS = ("Thong-bao-2970-TB-BHXH",)
for p in P:
    if any(u in p["source"] for u in OCR_URLS):
        p["ocr"] = True
    if any(u in p["source"] for u in PDF_URLS):
        p["pdf"] = True
