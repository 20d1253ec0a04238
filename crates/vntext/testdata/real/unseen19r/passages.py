# Passages of unseen19r (copied from stored public pages and one public GitHub file; see SOURCES.md), with labels.
# ocr=True: rendered to a PNG by ../render_ocr.py and put into refs.jsonl as tesseract's output.
# pdf=True: laid out by ../render_ocr.py as an HTML page (lines with ' | ' as table rows), printed to PDF by
# LibreOffice and read back with `pdftotext -layout`; the PDF text goes into refs.jsonl.
P = []
def add(url, kinds, text, expect, ocr=False, pdf=False):
    P.append(dict(source=url, kinds=kinds, text=text, expect=[dict(symbol=s, date=d) for s, d in expect], ocr=ocr, pdf=pdf))

add("https://luatminhkhue.vn/nghi-dinh-so-182-hdbt-cua-hoi-dong-bo-truong---nghi-dinh-quy-dinh-chi-tiet-thi-hanh-phap-lenh-ve-ky-ket-va-thuc-hien-dieu-uoc-quoc-te-cua-cong-hoa-xa-hoi-chu-nghia-viet-nam.aspx",
    "Council of Ministers' decision of 1982 (old shape NUMBER/HĐBT) in an UPPER-CASE title with its date as 'NGÀY 27-10-1982'; a 1981 decree of the old form 'số 35-CP ngày 9-2-1981'",
    """HỘI ĐỒNG BỘ TRƯỞNG
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 27 tháng 10 năm 1982

QUYẾT ĐỊNH

CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 182/HĐBT
NGÀY 27-10-1982 VỀ VIỆC THÀNH LẬP
MỘT SỐ CƠ QUAN TRỰC THUỘC BỘ VẬT TƯ

HỘI ĐỒNG BỘ TRƯỞNG

Căn cứ Luật Tổ chức Hội đồng bộ trưởng ngày 4 tháng 7 năm 1981;

Căn cứ nghị định số 35-CP ngày 9-2-1981 của Hội đồng Chính phủ quy định nhiệm vụ, quyền hạn, trách nhiệm của bộ trưởng và chức năng của Bộ trong một số lĩnh vực quản lý Nhà nước;

Theo đề nghị của bộ trưởng Bộ Vật tư.""",
    [("182/HĐBT", "1982-10-27"), ("35-CP", "1981-02-09")], ocr=True)

add("https://vietjack.me/phap-luat/nghi-dinh-15-cp-4onxf-958.html",
    "legal-database page of a 1993 Government decree (old shape NUMBER-CP): metadata as '|' cells, the header number, an UPPER-CASE title 'SỐ 15-CP NGÀY 2-3-1993'; the gazette and effect dates are not the issue date",
    """Nghị định 15-CP năm 1993 về nhiệm vụ, quyền hạn và trách nhiệm quản lý Nhà nước của Bộ, cơ quan ngang Bộ
Số hiệu: | 15-CP | Loại văn bản: | Nghị định |
Nơi ban hành: | Chính phủ | Người ký: | Võ Văn Kiệt |
Ngày ban hành: | 02/03/1993 | Ngày hiệu lực: | 02/03/1993 |
Ngày công báo: | 15/04/1993 | Số công báo: | Số 7 |
Lĩnh vực: | Doanh nghiệp, Bộ máy hành chính | Tình trạng: |
Hết hiệu lực
20/11/2002 |
TÓM TẮT VĂN BẢN
Văn bản tiếng việt
Văn bản tiếng anh
CHÍNH PHỦ |
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 15-CP |
Hà Nội, ngày 02 tháng 3 năm 1993 |
CỦA CHÍNH PHỦ SỐ 15-CP NGÀY 2-3-1993 VỀ NHIỆM VỤ, QUYỀN HẠN VÀ TRÁCH NHIỆM QUẢN LÝ NHÀ NƯỚC CỦA BỘ, CƠ QUAN NGANG BỘ
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;
Căn cứ Nghị quyết của Chính phủ tại phiên họp ngày 29 tháng 1 năm 1993;""",
    [("15-CP", "1993-03-02"), ("15-CP", "1993-03-02"), ("15-CP", "1993-03-02"), ("15-CP", "1993-03-02")])

add("https://thuvienphapluat.vn/van-ban/EN/Bo-may-hanh-chinh/Decree-No-15-CP-of-Government-on-the-functions-duties-powers-and-organization-structure-of-the-Ministry-of-Construction/71167/tieng-anh.aspx",
    "a 1994 decree numbered 15-CP (header) citing the 1993 decree written '15/CP' twice: the same number, two documents, two dates",
    """Độc lập - Tự do - Hạnh phúc

Số: 15-CP

Hà Nội, ngày 04 tháng 3 năm 1994





Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;
Căn cứ Nghị định số 15/CP ngày 02/3/1993 của Chính phủ về nhiệm vụ, quyền hạn và trách nhiệm quản lý Nhà nước của Bộ, cơ quan ngang Bộ đối với ngành, lĩnh vực;
Xét đề nghị của Bộ trưởng Bộ Xây dựng và Bộ trưởng, Trưởng ban Ban Tổ chức - Cán bộ Chính phủ,


Điều 1.- Bộ Xây dựng là cơ quan của Chính phủ thực hiện chức năng quản lý Nhà nước về xây dựng, vật liệu xây dựng, nhà, công trình công cộng và kiến trúc, quy hoạch phát triển đô thị - nông thôn trong cả nước.

Điều 2.- Bộ Xây dựng thực hiện nhiệm vụ, quyền hạn và trách nhiệm quản lý Nhà nước của Bộ, cơ quan ngang Bộ quy định tại Nghị định số 15/CP ngày 02/3/1993 của Chính phủ và các nhiệm vụ, quyền hạn cụ thể sau đây:""",
    [("15-CP", "1994-03-04"), ("15/CP", "1993-03-02"), ("15/CP", "1993-03-02")], ocr=True)

add("https://luatminhkhue.vn/nghi-quyet-13-2001-nq-hdnd.aspx",
    "provincial People's Council resolution of 2001 (Lào Cai, term 1999–2004): header with term and session lines between the number and the place-date line; a submission of the Council's standing body with a stray space ('06/TT .HĐND')",
    """HỘI ĐỒNG NHÂN DÂN

TỈNH LÀO CAI

__________

Nhiệm kỳ 1999 – 2004

Kỳ họp thứ 3

Số: 13/2001/NQ-HĐND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập – Tự do – Hạnh phúc

________________

Lào Cai, ngày 17 tháng 01 năm 2001

NGHỊ QUYẾT CỦA HĐND TỈNH LÀO CAI

Về xác định khóa HĐND, UBND tỉnh Lào Cai đến nhiệm kỳ 1999 - 2004

__________________________

HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI

Căn cứ Luật tổ chức HĐND và UBND ngày 21.6.1994;

Xét tờ trình số 06/TT .HĐND ngày 12/01/2001 của Thường trực HĐND tỉnh trình tại kỳ họp thứ 3 - HĐND tỉnh nhiệm kỳ 1999- 2004;""",
    [("13/2001/NQ-HĐND", "2001-01-17"), ("06/TT-HĐND", "2001-01-12")], ocr=True)

add("https://vanban123.vn/Nghi-quyet/nghi-quyet-09-2004-nq-hdndk7-ve-nhiem-vu-phat-trien-kinh-te-xa-hoi-an-ninh-quoc-phong-nam-2005-do-hoi-dong-nhan-dan-tinh-vinh-long-ban-hanh-437871",
    "provincial People's Council resolution of 2004 (Vĩnh Long) whose symbol has a dot and the term glued ('09/2004/NQ.HĐNDK7'), header as '|' cells",
    """HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 09/2004/NQ.HĐNDK7 | TX Vĩnh Long, ngày 29 tháng 12 năm 2004 |
CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG
KHOÁ VII KỲ HỌP THỨ 3
"VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI AN NINH, QUỐC PHÒNG NĂM 2005"
HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG
Căn cứ Điều 11, 12, 14, 16, Chương II, Luật tổ chức HĐND và UBND của Quốc hội Nước Cộng hoà xã hội chủ nghĩa Việt Nam ngày 26 tháng 11 năm 2003.""",
    [("09/2004/NQ-HĐNDK7", "2004-12-29")])

add("https://luatvietnam.vn/tai-chinh/chi-thi-16-2001-ct-ttg-thu-tuong-chinh-phu-12132-d1.html",
    "Prime Minister's directive of 2001: UPPER-CASE title with 'CT-TTG' and the date in words, the title broken over lines; a Government resolution whose date runs over a line break",
    """CHỈ THỊ
CỦA THỦ
TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG
NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH
PHÁT TRIỂN KINH TẾ - Xà HỘI VÀ DỰ TOÁN NGÂN SÁCH
NHÀ NƯỚC NĂM 2002
Thực hiện Nghị quyết
của Quốc hội về nhiệm vụ và dự toán ngân sách nhà nước năm 2001, Chính phủ đã
ban hành các cơ chế chính sách mới nhằm phát huy nội lực và tập trung chỉ đạo
tháo gỡ những ách tắc trong từng hoạt động cụ thể, nên 6 tháng đầu năm 2001 nền
kinh tế vẫn duy trì được nhịp độ tăng trưởng khá, các hoạt động văn hoá, xã hội
có nhiều tiến bộ, giữ vững ổn định chính trị và an toàn xã hội.
Tuy nhiên, tình hình
kinh tế - xã hội vẫn còn nhiều khó khăn và diễn biến phức tạp, nhiệm vụ còn lại
của những tháng cuối năm 2001 hết sức nặng nề. Để hoàn thành nhiệm vụ kế hoạch
năm 2001, Thủ tướng Chính phủ yêu cầu các Bộ, ngành, địa phương và cơ sở cần
tập trung thực hiện tốt các Nghị quyết của Quốc hội, các giải pháp phát triển
kinh tế - xã hội đã đề ra trong Nghị quyết tại các phiên họp Chính phủ thường
kỳ năm 2001 và Nghị quyết số 05/2001/NQ-CP ngày 24 tháng 5 năm 2001 của Chính
phủ về việc bổ sung một số giải pháp điều hành kế hoạch kinh tế năm 2001; đồng
thời tiến hành triển khai xây dựng kế hoạch năm 2002 với yêu cầu và nội dung
chủ yếu sau:""",
    [("16/2001/CT-TTg", "2001-06-21"), ("05/2001/NQ-CP", "2001-05-24")])

add("https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-33-2009-QD-UBND-quan-ly-va-khai-thac-mang-tin-hoc-dien-rong-105414.aspx",
    "provincial decision (Tiền Giang, 2009) as a site prints its header table: every cell broken over lines ('Số:\\n33/2009/QĐ-UBND\\n|\\nMỹ\\nTho, ngày …'); the replaced 1999 decision in the old shape '01/1999/QĐ.UB' with its date over a line break",
    """ỦY
BAN NHÂN DÂN
TỈNH TIỀN GIANG
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
--------------
|
Số:
33/2009/QĐ-UBND
|
Mỹ
Tho, ngày 24 tháng 12 năm 2009
|
QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ VÀ KHAI THÁC MẠNG TIN HỌC DIỆN
RỘNG CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG
ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG
Căn cứ Luật Tổ chức Hội đồng
nhân dân và Ủy ban nhân dân ngày 26/11/2003;
Căn cứ Luật Công nghệ thông tin ngày 29/6/2006;
Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ứng dụng công
nghệ thông tin trong hoạt động của cơ quan Nhà nước;
Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tỉnh Tiền Giang,
QUYẾT ĐỊNH:
Điều 1.
Ban hành kèm theo Quyết định này Quy định quản lý và khai
thác mạng tin học diện rộng của Ủy ban nhân dân tỉnh Tiền Giang.
Điều 2.
Giám đốc Sở Thông tin và Truyền thông phối hợp với các sở,
ban, ngành có liên quan tổ chức triển khai thực hiện Quyết định này.
Điều 3.
Quyết định này có hiệu lực thi hành sau 10 ngày kể từ
ngày ký và thay thế Quyết định số 01/1999/QĐ.UB ngày 15/01/1999 của Ủy ban nhân
dân tỉnh Tiền Giang về ban hành Quy định tạm thời về quản lý, khai thác bảo vệ
mạng diện rộng (WAN) của Ủy ban nhân dân tỉnh.""",
    [("33/2009/QĐ-UBND", "2009-12-24"), ("64/2007/NĐ-CP", "2007-04-10"), ("01/1999/QĐ-UB", "1999-01-15")])

add("https://phapluatcongdong.vn/van-ban/quyet-dinh-1910-2007-qd-ubnd-ban-hanh-tinh-hai-duong-nam-2007-p337856.htm",
    "provincial decision (Hải Dương, 2007) on a legal database: title, metadata fields without '|' ('Số hiệu: … Loại văn bản:' on one line), header; decrees written with spaces around the hyphen ('88/2006/NĐ - CP'); 'Ban hành kèm theo Quyết định này'",
    """Quyết định 1910/2007/QĐ-UBND ban hành Quy định phối hợp quản lý doanh nghiệp hoạt động theo Luật Doanh nghiệp trên địa bàn tỉnh Hải Dương do Ủy ban nhân dân tỉnh Hải Dương ban hành
Số hiệu: 1910/2007/QĐ-UBND Loại văn bản: Quyết định
Nơi ban hành: Tỉnh Hải Dương Người ký: Phan Nhật Bình
Ngày ban hành: 28/05/2007 Ngày hiệu lực: Đang cập nhật
Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật
Lĩnh vực: Doanh nghiệp, hợp tác xã, Tình trạng: Đang cập nhập
Ngày hết hiệu lực: Đang cập nhật

UỶ BAN NHÂN DÂN
TỈNH HẢI DƯƠNG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
---------

Số: 1910/2007/QĐ-UBND

Hải Dương, ngày 28 tháng 5 năm 2007

 

QUYẾT ĐỊNH

VỀ VIỆC BAN HÀNH QUY ĐỊNH PHỐI HỢP QUẢN LÝ DOANH NGHIỆP HOẠT ĐỘNG THEO LUẬT DOANH NGHIỆP TRÊN ĐỊA BÀN TỈNH HẢI DƯƠNG

UỶ BAN NHÂN DÂN TỈNH HẢI DƯƠNG

Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;
Căn cứ Luật Doanh nghiệp ngày 29/11/2005;
Căn cứ Nghị định số 88/2006/NĐ - CP ngày 29/8/2006 của Chính phủ về Đăng ký kinh doanh;
Căn cứ Nghị định số 53/2007/NĐ - CP ngày 04/4/2007 của Chính phủ Quy định xử phạt vi phạm hành chính trong lĩnh vực kế hoạch và đầu tư;
Xét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư,

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định phối hợp quản lý doanh nghiệp hoạt động theo Luật Doanh nghiệp trên địa bàn tỉnh Hải Dương.""",
    [("1910/2007/QĐ-UBND", "2007-05-28"), ("1910/2007/QĐ-UBND", "2007-05-28"), ("1910/2007/QĐ-UBND", "2007-05-28"),
     ("88/2006/NĐ-CP", "2006-08-29"), ("53/2007/NĐ-CP", "2007-04-04")], pdf=True)

add("https://ls1.hethongphapluat.com/quyet-dinh-63-2006-qd-ubnd-quy-dinh-ve-hoat-dong-cua-cong-bao-do-tinh-binh-thuan-ban-hanh.html",
    "provincial decision (Bình Thuận, 2006) and the regulation it issues: '(Ban hành theo Quyết định số 63/ 2006/QĐ - UBND, ngày 26 tháng 7 năm 2006 …)' with spaces inside the symbol; a circular guiding a decree named again with its date",
    """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 63/2006/QĐ-UBND | Phan Thiết, ngày 26 tháng 7 năm 2006 |
BAN HÀNH QUY ĐỊNH VỀ HOẠT ĐỘNG CỦA CÔNG BÁO TỈNH BÌNH THUẬN
ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03/12/2004;
Căn cứ Nghị định số 104/2004/NĐ-CP ngày 23/3/2004 của Chính phủ về Công báo nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Căn cứ Thông tư số 03/2006/TT-VPCP ngày 17/02/2006 của Văn phòng Chính phủ hướng dẫn thi hành Nghị định 104/2004/NĐ-CP ngày 23/3/2004 của Chính phủ về Công báo nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Căn cứ Quyết định số 871/QĐ-UBND ngày 05/4/2006 của Chủ tịch UBND tỉnh Bình Thuận về việc thành lập Trung tâm Công báo tỉnh Bình Thuận;
Theo đề nghị của Chánh Văn phòng UBND tỉnh,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này “Quy định về hoạt động của Công báo tỉnh Bình Thuận”.
Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký ban hành.
| TM. ỦY BAN NHÂN DÂN |
VỀ HOẠT ĐỘNG CỦA CÔNG BÁO TỈNH BÌNH THUẬN
(Ban hành theo Quyết định số 63/ 2006/QĐ - UBND, ngày 26 tháng 7 năm 2006 của UBND tỉnh Bình Thuận)
Điều 1. Đối tượng, phạm vi điều chỉnh""",
    [("63/2006/QĐ-UBND", "2006-07-26"), ("104/2004/NĐ-CP", "2004-03-23"), ("03/2006/TT-VPCP", "2006-02-17"),
     ("104/2004/NĐ-CP", "2004-03-23"), ("871/QĐ-UBND", "2006-04-05"), ("63/2006/QĐ-UBND", "2006-07-26")], pdf=True)

add("https://tranvuthanhhuy.net/tag/bau-cu",
    "a merged commune's Party committee (xã Vĩnh Bình, 2025) preparing the 2026 elections: a Politburo directive with its date",
    """Xã Vĩnh Bình khẩn trương công tác chuẩn bị bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031

Thực hiện Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031, trong thời gian qua, Đảng ủy xã Vĩnh Bình đã tập trung lãnh đạo, chỉ đạo toàn diện, đồng bộ và quyết liệt công tác chuẩn bị bầu cử, bảo đảm đúng quan điểm, chủ trương của Đảng, quy định của pháp luật, phù hợp với điều kiện thực tiễn địa phương.""",
    [("46-CT/TW", "2025-05-16")])

add("https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-18-2025-NQ-HDND-sua-doi-Nghi-quyet-64-2017-NQ-HDND-29-2024-NQ-HDND-Thanh-Hoa-670329.html",
    "provincial People's Council resolution of 2025 (Thanh Hóa, after the two-level reform): a title naming the amended resolutions without dates, metadata as '|' cells, the header, a Căn cứ line listing decrees after 'các Nghị định của Chính phủ: Số …; số …'",
    """Nghị quyết 18/2025/NQ-HĐND sửa đổi nội dung tại Điều 1 Nghị quyết 64/2017/NQ-HĐND quy định chế độ công tác phí, chế độ chi tổ chức hội nghị đối với các cơ quan nhà nước và đơn vị sự nghiệp công lập tỉnh Thanh Hóa đã được sửa đổi tại Điều 1 Nghị quyết 29/2024/NQ-HĐND
Số hiệu | 18/2025/NQ-HĐND |
Ngày ban hành | 21/07/2025 |
Ngày có hiệu lực | 21/07/2025 |
Loại văn bản | Nghị quyết |
Cơ quan ban hành | Tỉnh Thanh Hóa |
Người ký | Lại Thế Nguyên |
Lĩnh vực | Tài chính nhà nước |
HỘI ĐỒNG NHÂN DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
Số: 18/2025/NQ-HĐND |
Thanh Hóa, ngày 21 tháng 7 năm 2025 |
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm phát luật ngày 25 tháng 6 năm 2025;
Căn cứ các Nghị định của Chính phủ: Số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật; số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện ph""",
    [("18/2025/NQ-HĐND", "2025-07-21"), ("64/2017/NQ-HĐND", None), ("29/2024/NQ-HĐND", None), ("18/2025/NQ-HĐND", "2025-07-21"),
     ("18/2025/NQ-HĐND", "2025-07-21"), ("78/2025/NĐ-CP", "2025-04-01"), ("187/2025/NĐ-CP", "2025-07-01"), ("78/2025/NĐ-CP", "2025-04-01")])

add("https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-23-2025-NQ-HDND-quy-dinh-muc-chi-hoat-dong-khuyen-cong-Phu-Tho-680133.html",
    "People's Council resolution of the merged province of Phú Thọ (2025): metadata as a Markdown-like table ('| Số hiệu | … |'), a decree and a circular each 'sửa đổi, bổ sung bởi' a later one without date, the provincial committee's submission",
    """Nghị quyết 23/2025/NQ-HĐND quy định mức chi cụ thể cho các hoạt động khuyến công trên địa bàn tỉnh Phú Thọ
| Số hiệu | 23/2025/NQ-HĐND |
| Ngày ban hành | 28/10/2025 |
| Ngày có hiệu lực | 01/01/2026 |
| Loại văn bản | Nghị quyết |
| Cơ quan ban hành | Tỉnh Phú Thọ |
| Người ký | Bùi Đức Hinh |
| Lĩnh vực | Tài chính nhà nước |
|
HỘI ĐỒNG NHÂN
DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
|
Số: 23/2025/NQ-HĐND |
Phú Thọ, ngày 28 tháng 10 năm 2025 |
QUY ĐỊNH MỨC CHI CỤ THỂ CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH PHÚ THỌ
Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công được sửa đổi, bổ sung bởi Nghị định số 235/2025/NĐ-CP;
Căn cứ Thông tư số 28/2018/TT-BTC ngày 28 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công được sửa đổi, bổ sung bởi Thông tư số 64/2024/TT-BTC;
Xét Tờ trình số 7450/TTr-UBND ngày 23 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp;""",
    [("23/2025/NQ-HĐND", "2025-10-28"), ("23/2025/NQ-HĐND", "2025-10-28"), ("23/2025/NQ-HĐND", "2025-10-28"),
     ("45/2012/NĐ-CP", "2012-05-21"), ("235/2025/NĐ-CP", None), ("28/2018/TT-BTC", "2018-03-28"), ("64/2024/TT-BTC", None),
     ("7450/TTr-UBND", "2025-10-23")])

add("https://hethongphapluat.vn/nghi-quyet-37-2016-nq-hdnd-ve-quy-dinh-chinh-sach-ho-tro-nang-cao-chat-luong-hoat-dong-cua-bo-phan-tiep-nhan-va-tra-ket-qua-tai-uy-ban-nhan-dan-huyen-thi-xa-thanh-pho-uy-ban-nhan-dan-xa-phuong-thi-tran-tren-dia-ban-tinh-quang.html",
    "provincial People's Council resolution (Quảng Trị, 2016): header with the Council's term and session under the title, Government resolutions with letter suffixes (30c, 36a), a year glued to 'của' ('2011của'), the provincial committee's submission",
    """HỘI ĐỒNG NHÂN DÂN
TỈNH QUẢNG TRỊ
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 37/2016/NQ-HĐND

Quảng Trị, ngày 14 tháng 12 năm 2016

 

NGHỊ QUYẾT

VỀ VIỆC QUY ĐỊNH CHÍNH SÁCH HỖ TRỢ NÂNG CAO CHẤT LƯỢNG HOẠT ĐỘNG CỦA BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ TẠI UBND HUYỆN, THỊ XÃ, THÀNH PHỐ; UBND XÃ, PHƯỜNG, THỊ TRẤN TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ

HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ
KHÓA VII, KỲ HỌP THỨ 3

Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;

Căn cứ Nghị quyết số 36a/NQ-CP ngày 14 tháng 10 năm 2015 của Chính phủ về Chính phủ điện tử;

Căn cứ Quyết định số 09/2015/QĐ-TTg ngày 25 tháng 3 năm 2015 của Thủ tướng Chính phủ ban hành Quy chế thực hiện cơ chế một cửa, cơ chế một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương;

Xét Tờ trình số 4857/TTr-UBND ngày 16 tháng 11 năm 2016 của UBND tỉnh về việc đề nghị ban hành chính sách hỗ trợ nâng cao chất lượng hoạt động của Bộ phận Tiếp nhận và Trả kết quả tại UBND các huyện, thị xã, thành phố; UBND các xã, phường, thị trấn trên địa bàn tỉnh Quảng Trị giai đoạn 2017 - 2019; Báo cáo thẩm tra của Ban Pháp chế và ý kiến của đại biểu HĐND tỉnh tại kỳ họp.""",
    [("37/2016/NQ-HĐND", "2016-12-14"), ("30c/NQ-CP", "2011-11-08"), ("36a/NQ-CP", "2015-10-14"), ("09/2015/QĐ-TTg", "2015-03-25"),
     ("4857/TTr-UBND", "2016-11-16")], ocr=True)

add("https://hethongphapluat.vn/quyet-dinh-1748-qd-ubnd-phe-duyet-phan-bo-kinh-phi-thuc-hien-chinh-sach-ho-tro-ho-ngheo-ho-chinh-sach-xa-hoi-cua-tinh-thanh-hoa-ve-tien-dien-sinh-hoat-nam-2017.html",
    "a legal database's list of related documents glued to its item numbers ('- 1Công văn 2067/BTC-NSNN', '- 8Nghị định 163/2016/NĐ-CP'), then the provincial decision's header (Thanh Hóa, 2017), all undated but the header (two items and the Căn cứ lines dropped: shared with testdata)",
    """- 1Công văn 2067/BTC-NSNN hướng dẫn chi trả kinh phí hỗ trợ hộ nghèo tiền điện do Bộ Tài chính ban hành
- 2Quyết định 28/2014/QĐ-TTg quy định về cơ cấu biểu giá bán lẻ điện do Thủ tướng Chính phủ ban hành
- 3Quyết định 60/2014/QĐ-TTg quy định tiêu chí hộ chính sách xã hội được hỗ trợ tiền điện do Thủ tướng Chính phủ ban hành
- 4Thông tư 190/2014/TT-BTC quy định thực hiện chính sách hỗ trợ tiền điện cho hộ nghèo và hộ chính sách xã hội do Bộ trưởng Bộ Tài chính ban hành
- 5Luật ngân sách nhà nước 2015
- 6Luật tổ chức chính quyền địa phương 2015
- 7Quyết định 59/2015/QĐ-TTg về chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016-2020 do Thủ tướng Chính phủ ban hành
- 10Quyết định 1279/QĐ-UBND phê duyệt tạm phân bổ kinh phí thực hiện chính sách hỗ trợ hộ nghèo, hộ chính sách xã hội của tỉnh Thanh Hóa về tiền điện năm 2016
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1748/QĐ-UBND | Thanh Hóa, ngày 29 tháng 5 năm 2017 |
QUYẾT ĐỊNH
VỀ VIỆC PHÊ DUYỆT PHÂN BỔ KINH PHÍ THỰC HIỆN CHÍNH SÁCH HỖ TRỢ HỘ NGHÈO, HỘ CHÍNH SÁCH XÃ HỘI CỦA TỈNH THANH HÓA VỀ TIỀN ĐIỆN SINH HOẠT NĂM 2017
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA
""",
    [("2067/BTC-NSNN", None), ("28/2014/QĐ-TTg", None), ("60/2014/QĐ-TTg", None), ("190/2014/TT-BTC", None),
     ("59/2015/QĐ-TTg", None), ("1279/QĐ-UBND", None), ("1748/QĐ-UBND", "2017-05-29")])

add("https://hethongphapluat.com/nghi-quyet-03-2023-nq-hdnd-quy-dinh-ve-co-che-long-ghep-nguon-von-su-nghiep-giua-cac-chuong-trinh-muc-tieu-quoc-gia-giua-cac-chuong-trinh-muc-tieu-quoc-gia-va-cac-chuong-trinh-du-an-khac-tren-dia-ban-tinh-kien-giang.html",
    "the same kind of related-documents list for a provincial People's Council resolution (Kiên Giang, 2023): National Assembly resolutions (QH14, QH15), decrees amending decrees, all glued to their item numbers and undated; the resolution's header (the list's four laws named without number and item 6 dropped: shared with testdata)",
    """- 3Nghị định 34/2016/NĐ-CP quy định chi tiết và biện pháp thi hành Luật ban hành văn bản quy phạm pháp luật
- 7Nghị định 154/2020/NĐ-CP sửa đổi Nghị định 34/2016/NĐ-CP hướng dẫn Luật Ban hành văn bản quy phạm pháp luật
- 8Nghị quyết 24/2021/QH15 phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 do Quốc hội ban hành
- 9Nghị quyết 25/2021/QH15 phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025 do Quốc hội ban hành
- 10Nghị định 27/2022/NĐ-CP quy định về cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia
- 11Nghị định 38/2023/NĐ-CP sửa đổi Nghị định 27/2022/NĐ-CP quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia
HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 03/2023/NQ-HĐND | Kiên Giang, ngày 14 tháng 7 năm 2023 |
HỘI ĐỒNG NHÂN DÂN TỈNH KIÊN GIANG
KHÓA X, KỲ HỌP THỨ MƯỜI BẢY""",
    [("34/2016/NĐ-CP", None), ("154/2020/NĐ-CP", None), ("34/2016/NĐ-CP", None),
     ("24/2021/QH15", None), ("25/2021/QH15", None), ("27/2022/NĐ-CP", None), ("38/2023/NĐ-CP", None), ("27/2022/NĐ-CP", None),
     ("03/2023/NQ-HĐND", "2023-07-14")])

add("https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Nghi-quyet-19-2023-NQ-HDND-tro-cap-xa-hoi-hang-thang-tre-em-mac-benh-hiem-ngheo-Vinh-Phuc-593939.aspx?tab=7",
    "provincial People's Council resolution (Vĩnh Phúc, 2023): metadata fields on shared lines, header, the Council's term line, a circular cited as 'Thông tư 02/2021/TT-BLĐTBXH ngày' without 'số'",
    """Số hiệu: 19/2023/NQ-HĐND Loại văn bản: Nghị quyết
Nơi ban hành: Tỉnh Vĩnh Phúc Người ký: Hoàng Thị Thúy Lan
Ngày ban hành: 15/12/2023 Ngày hiệu lực: Đã biết
Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật
Tình trạng: Đã biết

HỘI ĐỒNG NHÂN DÂN
TỈNH VĨNH PHÚC
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 19/2023/NQ-HĐND

Vĩnh Phúc, ngày 15 tháng 12 năm 2023

NGHỊ QUYẾT

QUY ĐỊNH CHÍNH SÁCH TRỢ CẤP XÃ HỘI HẰNG THÁNG CHO TRẺ EM MẮC BỆNH HIỂM NGHÈO TRÊN ĐỊA BÀN TỈNH VĨNH PHÚC

HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH PHÚC
KHÓA XVII KỲ HỌP THỨ 13

Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;

Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;

Căn cứ Thông tư 02/2021/TT-BLĐTBXH ngày 24 tháng 6 năm 2021 của Bộ trưởng Bộ Lao động - Thương binh""",
    [("19/2023/NQ-HĐND", "2023-12-15"), ("19/2023/NQ-HĐND", "2023-12-15"), ("20/2021/NĐ-CP", "2021-03-15"),
     ("02/2021/TT-BLĐTBXH", "2021-06-24")], pdf=True)

add("http://laocai.gov.vn/sites/sonoivu/vanbanquyphamphapluat/vanbantw/Trang/20100701074825.aspx",
    "a provincial department's list of central documents (Lào Cai): a joint circular of three ministries with '&' in an issuer ('BLĐTB&XH'), the posting date in parentheses after the title, the issue date in the next line",
    """Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTB&XH  (01/07/2010 )
Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTB&XH ngày 27 tháng 5 năm 2010 của Bộ Nội vụ - Bộ Tài chính - Bộ Lao động Thương binh & Xã hội""",
    [("03/2010/TTLT-BNV-BTC-BLĐTB&XH", "2010-05-27"), ("03/2010/TTLT-BNV-BTC-BLĐTB&XH", "2010-05-27")])

add("https://vbpl.vn/TW/Pages/vbpq-lichsu.aspx?ItemID=25128&Keyword=127%2F2007%2FN%C4%90-CP",
    "the national legal database's effect-history table of a 2003 joint circular: the issue date in the row 'Văn bản được ban hành', the same symbol in the effect rows, the replacing circular in a 'Bị thay thế' row dated by the replacement, not by its issue",
    """• Hiệu lực: Hết hiệu lực toàn bộ
  • Ngày có hiệu lực: 19/11/2003
  • Ngày hết hiệu lực: 05/12/2010
Lịch sử hiệu lực: Thông tư liên tịch 101/2003/TTLT-BTC-BNV
Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực
29/10/2003 Văn bản được ban hành 101/2003/TTLT-BTC-BNV
19/11/2003 Văn bản có hiệu lực 101/2003/TTLT-BTC-BNV
05/12/2010 Văn bản hết hiệu lực 101/2003/TTLT-BTC-BNV
05/12/2010 Bị thay thế 163/2010/TTLT-BTC-BNV""",
    [("101/2003/TTLT-BTC-BNV", "2003-10-29"), ("101/2003/TTLT-BTC-BNV", "2003-10-29"), ("101/2003/TTLT-BTC-BNV", "2003-10-29"),
     ("101/2003/TTLT-BTC-BNV", "2003-10-29"), ("163/2010/TTLT-BTC-BNV", None)])

add("http://vbpl.vn/tw/Pages/vbpq-vanbanlienquan.aspx?ItemID=33448",
    "the national legal database's related-documents box: a joint circular with its effect date only",
    """• Thông tư liên tịch 163/2013/TTLT-BTC-BNV
  • Hiệu lực: Còn hiệu lực
  • Ngày có hiệu lực: 01/01/2014
Văn bản căn cứ
Văn bản được hướng dẫn
Văn bản dẫn chiếu
Văn bản bị thay thế""",
    [("163/2013/TTLT-BTC-BNV", None)])

add("https://baobariavungtau.com.vn/chinh-tri/202412/long-dien-cong-bo-nghi-quyet-ve-sap-xep-don-vi-hanh-chinh-1029064/",
    "provincial paper on a district merger (2024): the NA Standing Committee's resolution with its date, the district Party committee's decision founding a merged commune's Party committee (QĐ/HU), an effect date",
    """Chiều 12/12, Huyện ủy, HĐND, UBND, UBMTTQ Việt Nam huyện Long Điền tổ chức hội nghị công bố Nghị quyết số 1256/NQ-UBTVQH15 ngày 24/10/2024 của Ủy ban Thường vụ Quốc hội về việc sáp nhập đơn vị hành chính cấp huyện, cấp xã của tỉnh Bà Rịa-Vũng Tàu giai đoạn 2023-2025.

Dịp này, Ban Tổ chức Huyện ủy Long Điền cũng công bố Quyết định số 2998-QĐ/HU ngày 5/12/2024 của Ban Chấp hành Đảng bộ huyện về việc thành lập Đảng bộ xã Tam An nhiệm kỳ 2020-2025. Cụ thể, Đảng bộ xã Tam An là cơ sở đảng trực thuộc Đảng bộ huyện Long Đất, gồm 32 chi bộ trực thuộc, với 754 đảng viên trên cơ sở sáp nhập Đảng bộ 3 xã: An Nhứt, Tam Phước, An Ngãi.

Đảng bộ xã Tam An chính thức đi vào hoạt động từ ngày 1/1/2025.""",
    [("1256/NQ-UBTVQH15", "2024-10-24"), ("2998-QĐ/HU", "2024-12-05")], ocr=True)

add("https://vov4.vov.vn/cotu/xa-nay-tin-tin-tuc-su-kien/prang-ktiec-xay-moon-bhro-pa-zum-don-vi-hanh-chinh-lang-kduoi-manuyh-bhro-489479.vov4",
    "news on the merged province of Khánh Hòa (30/6/2025): two resolutions named only by number and year ('Nghị quyết số 202/2025', 'Nghị quyết số 1667/2025'), which are no symbols",
    """Tại buổi lễ, ông Nguyễn Mạnh Hùng, Phó Chủ nhiệm Văn phòng Quốc hội công bố hai Nghị quyết: Nghị quyết số 202/2025 của Quốc hội khóa XV về việc hợp nhất toàn bộ địa giới hành chính và dân số tỉnh Ninh Thuận vào tỉnh Khánh Hòa, với tên gọi là tỉnh Khánh Hòa; Nghị quyết số 1667/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã, hình thành 65 đơn vị hành chính cấp xã gồm 48 xã, 16 phường và 1 đơn vị đặc thù, chính thức vận hành từ ngày 1/7/2025.""",
    [])

add("https://hethongphapluat.com/thong-tu-42-2001-tt-bgddt-huong-dan-doi-tuong-tieu-chuan-khen-thuong-cac-hinh-thuc-bang-khen-cua-bo-giao-duc-va-dao-tao-co-thi-dua-cua-bo-giao-duc-va-dao-tao-co-thi-dua-cua-chinh-phu-cho-nganh-giao-duc-do-bo-truong-bo-giao-duc.html",
    "Education Ministry circular of 2001: header with starred rules, an UPPER-CASE title 'SỐ 42/2001/TT-BGDĐT NGÀY 22/10/2001', a 1998 decree dated 'ngày 30-7-1998'",
    """BỘ GIÁO DỤC VÀ ĐÀO TẠO
********

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
********

Số: 42/2001/TT-BGDĐT

Hà Nội, ngày 22 tháng 10 năm 2001

THÔNG TƯ

CỦA BỘ GIÁO DỤC VÀ ĐÀO TẠO SỐ 42/2001/TT-BGDĐT NGÀY 22/10/2001 VỀ VIỆC HƯỚNG DẪN ĐỐI TƯỢNG, TIÊU CHUẨN KHEN THƯỞNG CÁC HÌNH THỨC: BẰNG KHEN CỦA BỘ GIÁO DỤC VÀ ĐÀO TẠO, CỜ THI ĐUA CỦA BỘ GIÁO DỤC VÀ ĐÀO TẠO, CỜ THI DUA CỦA CHÍNH PHỦ CHO NGÀNH GIÁO DỤC

Để thực hiện các Điều 14, 15, 16, 17 trong Nghị định số 56/1998/NĐ-CP ngày 30-7-1998 của Chính phủ quy định các hình thức, đối tượng và tiêu chuẩn khen thưởng của Chính phủ, các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Uỷ ban nhân dân các cấp; cụ thể hóa tiêu chuẩn khen thưởng Huân chương Lao động, Bộ Giáo dục và Đào tạo hướng dẫn về đối tượng, tiêu chuẩn khen thưởng các hình thức: Bằng khen của Bộ Giáo dục và Đào tạo, Cờ thi đua của Bộ Giáo dục và Đào tạo, Cờ thi đua của Chính phủ cho ngành giáo dục cụ thể như sau:""",
    [("42/2001/TT-BGDĐT", "2001-10-22"), ("42/2001/TT-BGDĐT", "2001-10-22"), ("56/1998/NĐ-CP", "1998-07-30")], ocr=True)

add("https://hethongphapluat.com/chi-thi-29-2001-ct-bgddt-ve-tang-cuong-giang-day-dao-tao-va-ung-dung-cong-nghe-thong-tin-trong-nganh-giao-duc-giai-doan-2001-2005-do-bo-giao-duc-va-dao-tao-ban-hanh.html",
    "Education Ministry directive of 2001 with the database's related documents: a Party directive and the Prime Minister's decision implementing it, with 'năm 2000' (a year, not a date), later ministry documents, the directive's header",
    """- 1Chỉ thị 58-CT/TW năm 2000 về đẩy mạnh ứng dụng và phát triển công nghệ thông tin phục vụ sự nghiệp công nghiệp hoá, hiện đại hoá do Ban Chấp hành Trung ương ban hành
- 2Quyết định 81/2001/QĐ-TTg triển khai Chỉ thị 58-CT/TW về đẩy mạnh ứng dụng và phát triển công nghệ thông tin trong sự nghiệp công nghiệp hoá và hiện đại hoá giai đoạn 2001-2005 do Thủ Tướng Chính Phủ ban hành
- 1Chỉ thị 55/2008/CT-BGDĐT về tăng cường giảng dạy, đào tạo và ứng dụng công nghệ thông tin trong ngành giáo dục giai đoạn 2008-2012 do Bộ trưởng Bộ Giáo dục và Đào tạo ban hành
- 2Quyết định 69/2008/QĐ-BGDĐT công bố Danh mục văn bản quy phạm pháp luật do Bộ Giáo dục, Bộ Đại học và Trung học chuyên nghiệp, Bộ Giáo dục và Đào tạo ban hành từ năm 1975 đến năm 2006 về hoạt động của trường sư phạm hết hiệu lực do Bộ trưởng Bộ Giáo dục và Đào tạo ban hành
- 3Quyết định 2375/QĐ-BGDĐT năm 2010 công bố danh mục văn bản quy phạm pháp luật do Bộ Giáo dục và Đào tạo và liên tịch ban hành từ năm 1986 đến năm 2007 hết hiệu lực do Bộ trưởng Bộ Giáo dục và Đào tạo ban hành
BỘ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 29/2001/CT-BGDĐT | Hà Nội, ngày 30 tháng 7 năm 2001 |""",
    [("58-CT/TW", None), ("81/2001/QĐ-TTg", None), ("58-CT/TW", None), ("55/2008/CT-BGDĐT", None), ("69/2008/QĐ-BGDĐT", None),
     ("2375/QĐ-BGDĐT", None), ("29/2001/CT-BGDĐT", "2001-07-30")])

add("https://ls1.hethongphapluat.com/quyet-dinh-138-qd-nam-1964-ban-hanh-quy-che-tuyen-sinh-vao-cac-truong-dai-hoc-hoc-vien-va-trung-hoc-chuyen-nghiep-nam-1964-1965-do-cua-bo-truong-bo-giao-duc.html",
    "Education Ministry decision of 1964: the oldest symbol shape, number and type only ('Số: 138-QĐ'), the header and the country's name of the time in one '|' row; a 1961 decree of the Government Council ('198-CP')",
    """BỘ GIÁO DỤC Số: 138-QĐ | VIỆT NAM DÂN CHỦ CỘNG HÒA Hà Nội, ngày 23 tháng 03 năm 1964 |
BỘ TRƯỞNG BỘ GIÁO DỤC
Căn cứ nghị định số 198-CP ngày 07 tháng 11 năm 1961 của Hội đồng Chính phủ quy định nhiệm vụ, quyền hạn và tổ chức bộ máy của Bộ Giáo dục;
Theo đề nghị của ông Vụ trưởng Vụ Quản lý học sinh, sinh viên các trường đại học và trung học chuyên nghiệp, sau khi đã hiệp ý với các Bộ và cơ quan ngang Bộ có trường đại học, học viện và các trường trung học chuyên nghiệp;
QUYẾT ĐỊNH:
Điều 1. Nay ban hành quy chế tuyển sinh vào các trường đại học, học viện và trung học chuyên nghiệp năm học 1964-1965 đính kèm theo quyết định này.""",
    [("138-QĐ", "1964-03-23"), ("198-CP", "1961-11-07")], pdf=True)

add("https://ls1.hethongphapluat.com/chi-thi-25-ct-tw-nam-1997-noi-va-viet-nhung-van-de-lien-quan-den-lich-su-va-cac-dong-chi-lanh-dao-dang-nha-nuoc-do-ban-chap-hanh-trung-uong-ban-hanh.html",
    "a Politburo directive of 1997 on a legal database: the Party header as one '|' row",
    """BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG | ĐẢNG CỘNG SẢN VIỆT NAM |
Số: 25-CT/TW | Hà Nội, ngày 25 tháng 12 năm 1997 |
CHỈ THỊ
VỀ VIỆC NÓI VÀ VIẾT NHỮNG VẤN ĐỀ LIÊN QUAN ĐẾN LỊCH SỬ VÀ CÁC ĐỒNG CHÍ LÃNH ĐẠO ĐẢNG, NHÀ NƯỚC
Vừa qua, một số cán bộ, đảng viên đã phát biểu công khai trong một số cuộc hội nghị, hội thảo, câu lạc bộ; hoặc viết thư góp ý, tố cáo; hoặc viết hồi ký … có đề cập đến một số sự kiện lịch sử và cá nhân một số đồng chí khác, trong đó có đồng chí là cán bộ lãnh đạo cấp cao của Đảng, Nhà nước, kể cả một số đồng chí đã từ trần và cho lưu hành rộng rãi dưới nhiều hình thức.""",
    [("25-CT/TW", "1997-12-25")], pdf=True)

add("https://sites.google.com/pgd-hoangmai.edu.vn/thutuchanhchinh-mnsonca/trang-chủ/danh-mục-thủ-tục-hành-chính/hỗ-trợ-học-tập/căn-cứ-pháp-lý",
    "a kindergarten's legal-basis page (Hà Nội): documents named by type and number each followed by a link with long digit runs, misspelt type words ('Nghị đinh', 'Quyết đinh'), a consolidated text called 'Nghị định'",
    """Nghị định số 04/VBHN-BGDĐT https://docs.google.com/document/d/1iNZhnw4aoOOPBX-ah_Mu5Y4U-RhUHHR6/edit?usp=sharing&ouid=105943102648330264264&rtpof=true&sd=true
Nghị đinh số 57/2017/NĐ-CP
https://docs.google.com/document/d/1cvt6P2xegmxTdL9q_fFHk3EH3yBNocYF/edit?usp=sharing&ouid=105943102648330264264&rtpof=true&sd=true
Quyết đinh số 4610/QĐ-UBND
docs.google.com/document/d/1K_0KFpnUA-DEtogCqbCFZdIBqnxskoH6/edit?usp=sharing&ouid=105943102648330264264&rtpof=true&sd=true
Quyết định số 771/QĐ-BGDĐT
docs.google.com/document/d/1f0fVoyM7MhigsX579OcAN7lXhV8MalkR/edit?usp=sharing&ouid=105943102648330264264&rtpof=true&sd=true""",
    [("04/VBHN-BGDĐT", None), ("57/2017/NĐ-CP", None), ("4610/QĐ-UBND", None), ("771/QĐ-BGDĐT", None)])

add("http://hssv.tump.edu.vn/article/quyet-dinh-so-44-qd-bgddt-ngay-15-08-2007-cua-bo-gd-dt-ve-hoc-bong-khuyen-khich-hoc-tap-doi-voi-hssv",
    "a university's student-affairs page: a ministry decision with ', ngày' after the symbol",
    """Quyết định số 44/QĐ-BGDĐT, ngày 15/08/2007 của Bộ GD&ĐT""",
    [("44/QĐ-BGDĐT", "2007-08-15")])

add("github:find_string-id:68642160577 (offset 7600–10600)",
    "a legal-data project's work list (Markdown table, 2026) of documents looked up on the national database: the symbol in a code cell and again in the title, the issue date as an ISO date in the 'Ngày ban hành' column; old Finance Ministry letter symbols of 1991–2004 ('06/TC/TCT', '1033-TC/TCT', '10479/TC-TCT'); a decree dated inside a title",
    """## 3.3. P2 — Cần rà soát phạm vi trước khi nhập tay

| STT | Số hiệu để tìm | Tiêu đề đầy đủ | Cơ quan | Ngày ban hành | ID vbpl | Miền seed | Lý do | Trạng thái |
|---:|---|---|---|---|---|---|---|---|
| 24 | `02/2026/NQ-HĐND` | Nghị quyết số 02/2026/NQ-HĐND Quy định chính sách hỗ trợ đối với học sinh đang học bán trú, học sinh thuộc hộ nghèo không thuộc đối tượng hưởng theo Nghị định số 66/2025/NĐ-CP ngày 12 tháng 3 năm 2025 của Chính phủ tại các cơ sở giáo dục phổ thông công lập trên địa bàn tỉnh Tuyên Quang | HĐND Tỉnh Tuyên Quang | 2026-03-28 | `187639` | — | Có tree, body rỗng, chưa có provision artifact | Chưa tìm |
| 25 | `06/TC/TCT` | Công văn số 06/TC/TCT Công văn về việc xác nhận hoàn thuế giá trị gia tăng cho nhà thầu chính thực hiện dự án ODA | Bộ Tài chính | 2004-01-02 | `108178` | Thuế | Có tree/provision artifact nhưng body hiển thị rỗng | Chưa tìm |
| 26 | `10061/TC/TCT` | Công văn số 10061/TC/TCT Công văn về việc xử lý chứng từ thanh toán hàng xuất khẩu để xét hoàn thuế nhập khẩu | Bộ Tài chính | 2003-09-29 | `110470` | Thuế | Có tree/provision artifact nhưng body hiển thị rỗng | Chưa tìm |
| 27 | `102/2001/TT-BTC` | Công văn số 102/2001/TT-BTC Thông tư hướng dẫn thực hiện vay vốn tín dụng đầu tư phát triển của Nhà nước đối với các dự án đầu tư sản xuất động cơ xe hai bánh gắn máy ở trong nước | Bộ Tài chính | 2001-12-19 | `108939` | Doanh nghiệp–đầu tư | Có tree/provision artifact nhưng body hiển thị rỗng | Chưa tìm |
| 28 | `10216/TC/TCT` | Công văn số 10216/TC/TCT Công văn về việc thủ tục, hồ sơ đối với hàng hoá xuất khẩu được áp dụng thuế suất thuế giá trị gia tăng 0% | Bộ Tài chính | 2001-10-25 | `109013` | Thuế | Có tree/provision artifact nhưng body hiển thị rỗng | Chưa tìm |
| 29 | `1033-TC/TCT` | Công văn số 1033-TC/TCT Công văn về việc quản lý thu thuế đối với hoạt động kinh doanh của các nhà khách, nhà nghỉ | Bộ Tài chính | 1991-08-05 | `107943` | Thuế | Có tree/provision artifact nhưng body hiển thị rỗng | Chưa tìm |
| 30 | `10479/TC-TCT` | Công văn số 10479/TC-TCT Công văn về việc thuế thu nhập doanh nghiệp kinh doanh SXKT | Bộ Tài chính | 2001-10-31 | `109082` | Doanh nghiệp–đầu tư, Thuế | Có tree/provision artifact nhưng body hiển thị rỗng | Chưa tìm |""",
    [("02/2026/NQ-HĐND", "2026-03-28"), ("02/2026/NQ-HĐND", "2026-03-28"), ("66/2025/NĐ-CP", "2025-03-12"),
     ("06/TC/TCT", "2004-01-02"), ("06/TC/TCT", "2004-01-02"), ("10061/TC/TCT", "2003-09-29"), ("10061/TC/TCT", "2003-09-29"),
     ("102/2001/TT-BTC", "2001-12-19"), ("102/2001/TT-BTC", "2001-12-19"), ("10216/TC/TCT", "2001-10-25"), ("10216/TC/TCT", "2001-10-25"),
     ("1033-TC/TCT", "1991-08-05"), ("1033-TC/TCT", "1991-08-05"), ("10479/TC-TCT", "2001-10-31"), ("10479/TC-TCT", "2001-10-31")])

add("github:find_string-id:10986606843",
    "a university's milestones (Trường ĐH Bách khoa TP.HCM) in a Python script's sample text: decrees of the Republic of Vietnam era ('Sắc lệnh 213-GD', 'Sắc lệnh 135SL/GD' with the type glued, 'Sắc lệnh số 53-SL/GD'), a 1976 Prime Minister's decision '426/TTg', a 1996 ministry decision '1235/GD-ĐT', a 2001 decision without date",
    """Năm 1957: Trung tâm Quốc gia Kỹ thuật được thành lập theo Sắc lệnh 213-GD ngày 29/06/1957, gồm 4 trường kỹ thuật, công nghệ và chuyên nghiệp: Trường Cao Đẳng Công Chánh, Trường Vô tuyến Điện, Trường Hàng Hải Thương Thuyền và Trường Thương Mại.

1972: Trung tâm Quốc gia Kỹ thuật được đổi tên thành Học viện Quốc gia Kỹ thuật theo Sắc lệnh 135SL/GD ngày 15/9/1972 và Sắc lệnh số 53-SL/GD ngày 21/3/1973, gồm 6 trường thành viên.

1974: Học viện Quốc gia Kỹ thuật được đổi tên thành Trường Đại học Kỹ thuật và là thành viên của Viện Đại học Bách khoa Thủ Đức.

1976: Trường được mang tên Trường Đại học Bách khoa theo Quyết định số 426/TTg ngày 27/10/1976.

1996: Trường được mang tên Trường Đại học Kỹ thuật trực thuộc Đại học Quốc gia TP. Hồ Chí Minh theo Quyết định số 1235/GD-ĐT ngày 30/3/1996.

2001: Trường được mang tên Trường Đại học Bách khoa theo Quyết định số 15/2001/QĐ-TTg của Thủ tướng Chính phủ về việc tổ chức lại Đại học Quốc gia thành phố Hồ Chí Minh.""",
    [("213-GD", "1957-06-29"), ("135-SL/GD", "1972-09-15"), ("53-SL/GD", "1973-03-21"), ("426/TTg", "1976-10-27"),
     ("1235/GD-ĐT", "1996-03-30"), ("15/2001/QĐ-TTg", None)], ocr=True)

add("github:find_string-id:1621023313",
    "a university's history page (Trường ĐH Ngân hàng TP.HCM) as a JS object in a Next.js file: a 1980 Prime Minister's decision 'số: 149/TTG ngày 8/5/1980' (upper-case g, colon after 'số')",
    """    description:
      "Thủ tướng Chính phủ ký quyết định số: 149/TTG ngày 8/5/1980, cho phép Cơ sở II Trường Cao cấp Nghiệp vụ Ngân hàng được đào tạo hệ Đại học chính quy chuyên ngành Ngân hàng.",""",
    [("149/TTg", "1980-05-08")])

add("github:find_string-id:10114839769",
    "a university faculty's page (Trường ĐH Khoa học Huế) as ASP.NET markup: an FAQ div naming the 1976 founding decision '426/TTg ngày 27-10-1976' and the 1994 decree '30/CP' without date",
    """<div id="QA">
    <div class="title">FAQ - Câu hỏi thường gặp</div>
    <div class="content" style="display: none;">Trường Đại học Khoa học Huế - Đại học Huế (gọi tắt là trường Đại học Khoa học Huế ), tiền thân là trường Đại học Tổng hợp Huế, được thành lập theo Quyết định số 426/TTg ngày 27-10-1976 của Thủ tướng chính phủ trên cơ sở sát nhập Đại học Khoa học và Đại học Văn khoa của Viện Đại học Huế trước đây (Viện ĐH Huế thành lập năm 1957). Năm 1994, theo Nghị định số 30/CP của Chính phủ về việc thành lập Đại học Huế, trường Đại học Tổng hợp trở thành trường thành viên của Đại học Huế và được đổi tên thành trường Đại học Khoa học.</div>
</div>""",
    [("426/TTg", "1976-10-27"), ("30/CP", None)])

add("github:find_string-id:46781427439",
    "a university's document app (Đại học Huế) in JSX: the Căn cứ chain of a council resolution wrapped inside a Typography element, the type word ('Quyết\\n định', 'Nghị quyết số\\n') and a date ('ngày 19\\n tháng 01 năm 2021') broken over indented lines; the 1994 decree '30/CP'; the university council's own decisions and resolutions (QĐ-HĐĐH, NQ-HĐĐH)",
    """            Căn cứ Nghị định số 30/CP ngày 04 tháng 4 năm 1994 của Chính phủ về việc thành lập Đại
            học Huế; Căn cứ Thông tư số 10/2020/TT-BGDĐT ngày 14 tháng 5 năm 2020 của Bộ trưởng Bộ
            Giáo dục và Đào tạo ban hành Quy chế tổ chức và hoạt động của đại học vùng và các cơ sở
            giáo dục đại học thành viên; Căn cứ Quyết định số 20/QĐ-HĐĐH ngày 31 tháng 7 năm 2020
            của Hội đồng Đại học Huế ban hành Quy chế tổ chức và hoạt động của Đại học Huế; Quyết
            định số 07/QĐ-HĐĐH ngày 19 tháng 01 năm 2021 của Hội đồng Đại học Huế sửa đổi, bổ sung
            một số điều của Quy chế tổ chức và hoạt động của Đại học Huế; Căn cứ Nghị quyết số
            45/NQ-HĐĐH ngày 06 tháng 8 năm 2021 của Hội đồng Đại học Huế ban hành Quy chế hoạt động
            của Hội đồng Đại học Huế nhiệm kỳ 2021 - 2026; Căn cứ Quyết định số 06/QĐ-HĐĐH ngày 19
            tháng 01 năm 2021 của Hội đồng Đại học Huế ban hành Quy định công nhận, bổ nhiệm, bổ
            nhiệm lại, kéo dài thời gian giữ chức vụ, thôi giữ chức vụ, miễn nhiệm, luân chuyển và
            chế độ phụ cấp chức vụ đối với viên chức quản lý tại Đại học Huế; Căn cứ Nghị quyết số
            87/NQ-HĐĐH ngày 08 tháng 12 năm 2021.
          </Typography.Paragraph>""",
    [("30/CP", "1994-04-04"), ("10/2020/TT-BGDĐT", "2020-05-14"), ("20/QĐ-HĐĐH", "2020-07-31"), ("07/QĐ-HĐĐH", "2021-01-19"),
     ("45/NQ-HĐĐH", "2021-08-06"), ("06/QĐ-HĐĐH", "2021-01-19"), ("87/NQ-HĐĐH", "2021-12-08")])

add("github:find_string-id:11272462892",
    "a college's history timeline (Trường Cao đẳng Công nghệ, Đại học Đà Nẵng) in JSX: a 1994 decree with the date written with dots ('32/CP ngày 04.4.1994')",
    """                <p style={{ fontSize: "14px" }}>
                  Theo nghị định 32/CP ngày 04.4.1994 của Chính phủ, trường trở
                  thành một thành viên của Đại học Đà Nẵng mang tên Trường Cao
                  đẳng Công nghệ. Là một cơ sở đào tạo phục vụ cho nhu cầu phát""",
    [("32/CP", "1994-04-04")])

add("github:find_string-id:8230924082",
    "a university's welcome section (Trường ĐH Giao thông vận tải) in JSX: the Government Council's 1962 decision '42/CP ngày 24/03/1962', the date also given before it",
    """            <p>
              Tháng 8/1960, Ban Xây dựng Trường Đại học Giao thông vận tải được thành lập và
              tuyển sinh khóa 1 trình độ Đại học. Ngày 24/03/1962, trường chính thức mang tên
              Trường Đại học Giao thông vận tải theo Quyết định số 42/CP ngày 24/03/1962 của Hội đồng Chính phủ.
            </p>""",
    [("42/CP", "1962-03-24")])

add("github:find_string-id:49225955634",
    "a tourism app's SQL seed (Hà Nội): the city's 2002 decision in the old provincial shape '62/2002/QĐ-UB' after 'quyết định Số:', its date after a capitalised 'Ngày'",
    """INSERT INTO DIEMTHAMQUAN(MADD, TENDD, DIACHI, MOTADIEMDEN, ANH) VALUES (N'DTQ23',N'Nhà hát chèo Hà Nội',N'Số 15 Nguyễn Đình Chiểu, Nguyễn Du, Hai Bà Trưng Phường Nguyễn Du , Quận Hai Bà Trưng ',N'Nhà hát Chèo Hà Nội là đơn vị hoạt động nghệ thuật, được nâng cấp từ Đoàn Chèo Hà Nội theo quyết định Số: 62/2002/QĐ-UB Ngày 25 tháng 04 năm 2002 của thành phố Hà Nội. Nhà hát Chèo Hà Nội có trụ sở đặt tại: số 15 phố Nguyễn Đình Chiểu, quận Hai Bà Trưng, thành phố Hà Nội.',N'd23.jpg')""",
    [("62/2002/QĐ-UB", "2002-04-25")])

add("github:find_string-id:39837285002",
    "an economic-zone authority's site (Đà Nẵng) in JSX: an industrial park founded by 'Quyết định số 2001/QĐ-UB ngày 25/3/2004' — a number that looks like a year",
    """                <p>Khu công nghiệp Hòa Khánh Mở rộng được thành lập theo Quyết định số 2001/QĐ-UB ngày 25/3/2004 của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng, thuộc quận Liên Chiểu; nằm cách sân bay quốc tế Đà Nẵng 10km, cảng biển Tiên Sa 20km, cảng Sông Hàn 13km, cảng biển Liên Chiểu 5km.</p>""",
    [("2001/QĐ-UB", "2004-03-25")])

add("github:find_string-id:40501483250",
    "the same authority's site, mobile view: the 1996 decision of the former Quảng Nam - Đà Nẵng province ('3698/QĐ-UB ngày 12/12/1996'), '(cũ)' and '(nay là …)' after the issuer",
    """                <p className="mb-3 text-justify">Khu công nghiệp Hòa Khánh được thành lập theo Quyết định số 3698/QĐ-UB ngày 12/12/1996 của Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam Đà Nẵng (cũ), thuộc phường Hòa Khánh, quận - Liên Chiểu (nay là phường Liên Chiểu, thành phố Đà Nẵng), nằm cách sân bay quốc tế Đà Nẵng 10km, cảng biển Tiên Sa 20km, cảng Sông Hàn 13km, cảng biển Liên Chiểu 5km.</p>""",
    [("3698/QĐ-UB", "1996-12-12")])

add("github:find_string-id:12704465567",
    "a land-planning API's sample record (Bà Rịa - Vũng Tàu) inside an escaped JSON string: 'QĐ số 2314/QĐ-UB ngày 15/08/2014' in the name, the same in an ASCII URL slug ('QD-so-2314/QD-UB-ngay-…') which is a link, not a mention; record timestamps",
    r"""    "content": "{\n    _id: \"VN79.0000001\",\n    create_uid: \"b01e6241-0488-40b1-bc53-525050cd6d58\",\n    create_date: \"2019-08-07 23:14:22.71\",\n    write_uid: \"b01e6241-0488-40b1-bc53-525050cd6d58\",\n    write_date: \"2019-08-09 14:41:05.070491\",\n    company_id: \"ROOT\",\n    status: \"0\",\n    delete_id: \"\",\n    name: \"QĐ số 2314/QĐ-UB ngày 15/08/2014 về Công bố Quy hoạch sử dụng đất tỉnh Bà Rịa - Vũng Tàu\",\n    polygons: {\n        type: \"Polygon\",\n        coordinates: [\n            []\n        ]\n    },\n    sequence: \"2.0\",\n    url_name: \"QD-so-2314/QD-UB-ngay-15/08/2014-ve-Cong-bo-Quy-hoach-su-dung-dat-tinh-Ba-Ria---Vung-Tau\",""",
    [("2314/QĐ-UB", "2014-08-15")])

add("github:find_string-id:1706297868",
    "a document app's sample list (Java): titles in UPPER CASE, one amending 'QUYẾT ĐỊNH SỐ 05/2005/QĐ-UB NGÀY 17 THÁNG 01 NĂM 2005' of Hồ Chí Minh City; a national committee's decision with a year only",
    """yết định 24/QĐ-UBQGCĐS năm 2022 Quy chế hoạt động của Ủy ban Quốc gia về chuyển đổi số"));
        list.add(new Document("2","QUYẾT ĐỊNH","VỀ CHẾ ĐỘ PHỤ CẤP ĐỐI VỚI CÁN BỘ, CÔNG CHỨC ĐỘI Y TẾ DỰ PHÒNG TUYẾN QUẬN – HUYỆN VÀ TRẠM Y TẾ PHƯỜNG – XÃ, THỊ TRẤN"));
        list.add(new Document("3","QUYẾT ĐỊNH","VỀ ĐIỀU CHỈNH BỔ SUNG QUYẾT ĐỊNH SỐ 05/2005/QĐ-UB NGÀY 17 THÁNG 01 NĂM 2005 CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ BAN HÀNH ĐỊNH MỨC, ĐƠN GIÁ CHI PHÍ VẬN CHUYỂN KHÁCH CÔNG CỘNG BẰNG XE BUÝT VÀ XE ĐƯA RƯỚC HỌC SINH-SINH VIÊN VÀ CÔNG NHÂN TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH"));""",
    [("24/QĐ-UBQGCĐS", None), ("05/2005/QĐ-UB", "2005-01-17")])

add("github:find_string-id:42083381254",
    "a city GIS centre's site (HCMGIS, TP.HCM) as HTML: the founding decision '134/2004/QĐ-UB ngày 14 tháng 5 năm 2004' and a 2008 decision adding tasks; a decree by bare number ('Nghị định 115') which is none",
    """                        <p class="text mb-50">
                            Trung tâm Ứng dụng Hệ thống Thông tin Địa lý TP.HCM (HCMGIS) là đơn vị sự nghiệp trực thuộc Sở Khoa học và Công nghệ TP.HCM được thành lập theo Quyết định số 134/2004/QĐ-UB ngày 14 tháng 5 năm 2004 của Ủy ban nhân dân Thành phố và Quyết định số 216/QĐ-UBND ngày 17 tháng 01 năm 2008 về việc bổ sung nhiệm vụ cho Trung tâm. Năm 2010, HCMGIS chuyển qua hoạt động theo Nghị định 115 của Chính phủ về tự chủ, tự chịu trách nhiệm của tổ chức khoa học và công nghệ công lập.
                        </p>""",
    [("134/2004/QĐ-UB", "2004-05-14"), ("216/QĐ-UBND", "2008-01-17")], ocr=True)

add("github:find_string-id:71334946093",
    "a high school's site plan (Markdown, bold labels): the former Sông Bé province's 1995 founding decision '4757/QĐ-UB ngày 23/10/1995', a start date after it",
    """### PHẦN 1: CHƯƠNG I. LỊCH SỬ HÌNH THÀNH VÀ PHÁT TRIỂN
- **Nội dung pháp lý**: Quyết định thành lập số 4757/QĐ-UB ngày 23/10/1995 của UBND tỉnh Sông Bé; chính thức hoạt động ngày 24/04/1996. Sứ mệnh, tầm nhìn Top 20 trường THPT chất lượng cao cả nước đến năm 2030, giá trị cốt lõi "Đoàn kết & hợp tác — Trung thực, thân thiện & sáng tạo".""",
    [("4757/QĐ-UB", "1995-10-23")])

add("github:find_string-id:30785731163",
    "a company site's SQL dump: the city's 2005 equitisation decision '8353/QĐ-UB ngày 23/12/2005' in a quoted field",
    """Công ty Thanh Xuân được chuyển đổi từ mô hình doanh nghiệp nhà nước sang công ty cổ phần với tên gọi là Công ty Cổ phần In và Dịch vụ Thương mại theo Quyết định số 8353/QĐ-UB ngày 23/12/2005 của UBND Thành phố Hà Nội và hiện nay đổi tên là Công ty cổ phần Đầu tư và Xây dựng Thanh Xuân.', 0),""",
    [("8353/QĐ-UB", "2005-12-23")])

add("github:find_string-id:67367829739",
    "a provincial department's plugin notes (Lào Cai, Markdown table of source documents): file names that repeat the numbers (none), bold abbreviated mentions 'NQ 10-NQ/TW ngày …', 'QĐ 334/QĐ-TTg ngày …', a decision dated without 'ngày' ('QĐ 1626/QĐ-TTg 15/12/2023'), a decision by bare number ('QĐ 866')",
    """| File | Văn bản | Người ký | Hiệu lực | Reference dùng |
|---|---|---|---|---|
| `NQ-10-NQ-TW-10-02-2022-...docx` | **NQ 10-NQ/TW ngày 10/02/2022** của Bộ Chính trị — định hướng chiến lược địa chất, khoáng sản và công nghiệp khai khoáng đến 2030, tầm nhìn 2045 | TBT Nguyễn Phú Trọng (T/M Bộ Chính trị) | từ ngày ban hành | ref **10** mục II |
| `NQ-88-NQ-CP-22-7-2022-...docx` | **NQ 88/NQ-CP ngày 22/7/2022** của Chính phủ — Chương trình hành động thực hiện NQ 10-NQ/TW (kèm danh mục 18 nhiệm vụ) | KT. TTg — PTT Lê Văn Thành | từ ngày ký | ref **10** mục III |
| `QD-334-QD-TTg-01-4-2023-...docx` | **QĐ 334/QĐ-TTg ngày 01/4/2023** — phê duyệt Chiến lược địa chất, khoáng sản và công nghiệp khai khoáng đến 2030, tầm nhìn 2045 | KT. TTg — PTT Trần Hồng Hà | từ ngày ký | ref **10** mục IV |
| `QD-154-QD-TTg-29-01-2022-...docx` | **QĐ 154/QĐ-TTg ngày 29/01/2022** — điều chỉnh kéo dài kỳ quy hoạch khoáng sản làm VLXD, khoáng sản làm xi măng | KT. TTg — PTT Lê Văn Thành | từ ngày ký; **đã hết vai trò** khi QĐ 1626/QĐ-TTg 15/12/2023 được phê duyệt | ref **10** mục V |
| `QD-2581-QD-TTg-24-11-2025-...docx` | **QĐ 2581/QĐ-TTg ngày 24/11/2025** — điều chỉnh QĐ 866 tại 3 khu vực: vonfram Núi Pháo (Thái Nguyên), **mỏ đồng Tả Phời (Lào Cai)**, bôxit Thọ Sơn + Thống Nhất (Đồng Nai). Kèm Phụ lục I, II, III | KT. TTg — PTT Trần Hồng Hà | từ ngày ký | ref **07** mục A, ref **08** |""",
    [("10-NQ/TW", "2022-02-10"), ("88/NQ-CP", "2022-07-22"), ("10-NQ/TW", "2022-02-10"), ("334/QĐ-TTg", "2023-04-01"),
     ("154/QĐ-TTg", "2022-01-29"), ("1626/QĐ-TTg", "2023-12-15"), ("2581/QĐ-TTg", "2025-11-24")])

add("github:find_string-id:57425923193 (offset 10860–11400)",
    "an administrative lookup skill's notes on the 2025 reorganisation (Lâm Đồng): a decree without date, the Central Committee's resolution 60-NQ/TW, a steering committee's plan with a long issuer ('KH-BCĐTKNQ18'), six provincial resolutions written as a range ('Nghị quyết 390-395/NQ-HĐND ngày 18/02/2025')",
    """Dữ liệu nền đang có gồm:
- Nghị định số 30/2020/NĐ-CP về công tác văn thư — dùng làm căn cứ thể thức/kỹ thuật trình bày khi mô-đun soạn thảo hoặc rà soát cần.
- Nghị quyết số 60-NQ/TW ngày 12/04/2025 — dùng trong bộ dữ liệu để nhận diện bối cảnh sắp xếp tổ chức và mô hình chính quyền địa phương 2 cấp.
- Kế hoạch số 141/KH-BCĐTKNQ18 ngày 06/12/2024 — dùng trong bộ dữ liệu nền về sắp xếp tổ chức bộ máy.
- Nghị quyết 390-395/NQ-HĐND ngày 18/02/2025 của HĐND tỉnh Lâm Đồng — căn cứ trực tiếp cho 06 Sở nêu tại Mục 7.""",
    [("30/2020/NĐ-CP", None), ("60-NQ/TW", "2025-04-12"), ("141/KH-BCĐTKNQ18", "2024-12-06"),
     ("390/NQ-HĐND", "2025-02-18"), ("391/NQ-HĐND", "2025-02-18"), ("392/NQ-HĐND", "2025-02-18"), ("393/NQ-HĐND", "2025-02-18"),
     ("394/NQ-HĐND", "2025-02-18"), ("395/NQ-HĐND", "2025-02-18")])

add("github:find_string-id:7243293650",
    "a Party-studies essay kept in a repository: a 2007 Central Committee resolution dated '30-7-2007', a 2022 one named again in '(sau đây viết tắt là Nghị quyết số 28-NQ/TW)', a resolution by bare number ('Nghị quyết số 18')",
    """trong quá trình lãnh đạo, BCHTƯ Đảng đã ban hành các Nghị quyết về vấn đề này như Nghị quyết số 15-NQ/TW ngày 30-7-2007 về tiếp tục đổi mới phương thức lãnh đạo của Đảng đối với hoạt động của hệ thống chính trị; Nghị quyết số 28-NQ/TW ngày 17/11/2022 Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới (sau đây viết tắt là Nghị quyết số 28-NQ/TW). Hiện nay, thực hiện Nghị quyết số 18 và các nghị quyết , chủ trương khác Đảng ta đang l""",
    [("15-NQ/TW", "2007-07-30"), ("28-NQ/TW", "2022-11-17"), ("28-NQ/TW", "2022-11-17")], ocr=True)

add("github:find_string-id:69685673808",
    "a provincial tax office's history (Cà Mau, 2025, after the merger): the Central Committee's resolution 60-NQ/TW with its date, the Finance Ministry's decision with its effect date in parentheses ('(có hiệu lực từ 1/7/2025)'), which is not its issue date",
    """Tiếp đó, thực hiện Nghị quyết 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng về mô hình chính quyền địa phương 2 cấp, Bộ Tài chính ban hành Quyết định 2229/QĐ-BTC (có hiệu lực từ 1/7/2025). Theo đó, sắp xếp Thuế tỉnh Cà Mau gồm có 9 phòng và 8 đơn vị Thuế cơ sở, 35 tổ, có tổng số 529 công chức và người lao động""",
    [("60-NQ/TW", "2025-04-12"), ("2229/QĐ-BTC", None)])

add("github:find_string-id:33095043580",
    "a police academy's site (JSX): a Politburo resolution inside a <strong> element with its date",
    """góp phần xây dựng lực lượng Công an nhân dân thực sự <strong className="text-green-700">trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại</strong>, đáp ứng yêu cầu nhiệm vụ trong tình hình mới như <strong className="text-green-700">Nghị quyết 12-NQ/TW ngày 16/3/2022</strong> của Bộ Chính trị đã đề ra.
                  </p>""",
    [("12-NQ/TW", "2022-03-16")])

add("github:find_string-id:9378810015",
    "a travel app's SQL seed: a national park founded by the Prime Minister's 1992 decision, its date with 'năm' written twice ('ngày 10 tháng 11 năm năm 1992')",
    """(2,'Vườn quốc gia Ba Bể','Vườn quốc gia Ba Bể là một vườn quốc gia, rừng đặc dụng, khu du lịch sinh thái của Việt Nam, nằm trên địa phận tỉnh Bắc Kạn, với trung tâm là hồ Ba Bể. Vườn quốc gia Ba Bể được thành lập theo Quyết định số 83/TTg ngày 10 tháng 11 năm năm 1992 của Thủ tướng Chính phủ','POST',1,1,1,1,4,1,'2022-10-11 11:32:05'),""",
    [("83/TTg", "1992-11-10")])

add("github:find_string-id:26598980781",
    "a university's quiz data (Trường ĐH Hùng Vương TP.HCM) in Dart: the 1995 founding decision in an explanation string",
    """        'explanation':
            'Trường được thành lập theo Quyết định số 470/TTg ngày 14/08/1995 của Thủ tướng Chính Phủ',""",
    [("470/TTg", "1995-08-14")])

add("github:find_string-id:55329240811",
    "a university's timeline (Học viện Ngân hàng) as a JS object: the Prime Minister's 1993 decision after 'quyết định số:'",
    """    year: "1993 - 1998",
    description:
      "Thủ tướng Chính phủ ký quyết định số: 112/TTg ngày 23/3/1993 thành lập Trung tâm Đào tạo và Nghiên cứu khoa học Ngân hàng trực thuộc Ngân hàng Nhà nước Việt Nam, trong đó có Trung tâm Đào tạo và Nghiên cứu khoa học Ngân hàng - Chi nhánh TPHCM, trên cơ sở nhập hai trường: Trường Cao cấp Nghiệp vụ Ngân hàng TPHCM và Trường Trung học Ngân hàng III Tru""",
    [("112/TTg", "1993-03-23")])

add("github:find_string-id:18487553494",
    "a lower-secondary school's history (Bạc Liêu) in JSX: a district People's Committee's 2004 decision in the old shape QĐ-UB",
    """                    <p className="text-gray-700 mb-4">
                        Năm 2004 tách ra khỏi trường THPT Vĩnh Lợi, trường mang tên THCS Hòa Bình theo quyết định số 104/QĐ-UB ngày 31/8/2004 của UBND huyện Vĩnh Lợi, tỉnh Bạc Liêu.
                    </p>""",
    [("104/QĐ-UB", "2004-08-31")])
