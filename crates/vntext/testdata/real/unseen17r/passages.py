# Passages of unseen17r (copied from the stored public pages; see SOURCES.md), with labels.
# ocr=True: rendered to a PNG by ../render_ocr.py and put into refs.jsonl as tesseract's output.
P = []
def add(url, kinds, text, expect, ocr=False):
    P.append(dict(source=url, kinds=kinds, text=text, expect=[dict(symbol=s, date=d) for s, d in expect], ocr=ocr))

add("https://thuvienphapluat.vn/van-ban/Thu-tuc-To-tung/Huong-dan-11-HD-VKSTC-2022-thuc-hanh-quyen-cong-to-xet-xu-so-tham-an-an-ninh-499848.aspx",
    "Supreme People's Procuracy guidance: header table cells, CT-VKSTC and KH-VKSTC dated on the next line, a National Assembly resolution and a 2021 law (QH15)",
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
Số: 11/HD-VKSTC
|
Hà
Nội, ngày 07 tháng 01 năm 2022
|
HƯỚNG DẪN
CÔNG TÁC THỰC HÀNH QUYỀN CÔNG TỐ VÀ KIỂM SÁT ĐIỀU TRA, KIỂM SÁT XÉT XỬ SƠ
THẨM ÁN AN NINH NĂM 2022
Thực hiện Chỉ thị số 01/CT-VKSTC ngày
27/12/2021 của Viện trưởng Viện kiểm sát nhân dân tối cao về công tác của ngành
Kiểm sát nhân dân năm 2022 và Kế hoạch số 01/KH-VKSTC ngày
30/12/2021 về công tác trọng tâm của Viện kiểm sát nhân dân tối cao năm 2022, Vụ
thực hành quyền công tố và kiểm sát điều tra án an ninh (Vụ 1) hướng dẫn Viện
kiểm sát nhân dân (VKSND) các tỉnh, thành phố trực thuộc Trung ương (Viện kiểm
sát cấp tỉnh) một số nhiệm vụ trọng tâm công tác thực hành quyền công tố, kiểm
sát điều tra và kiểm sát xét xử sơ thẩm (THQCT, KSĐT và KSXXST) các vụ án an
ninh, cụ thể như sau:
1. Quán triệt,
triển khai thực hiện nghiêm các chỉ thị, nghị quyết của Đảng, của Quốc hội về
công tác tư pháp; Chỉ thị công tác của Viện trưởng VKSND tối cao và Kế hoạch trọng
tâm của VKSND tối cao năm 2022 về an ninh quốc gia
- Viện trưởng VKSND cấp tỉnh tiếp tục
quán triệt và triển khai thực hiện nghiêm túc các Nghị quyết của Đảng, Nghị quyết
số 96/2019/QH14 ngày 27/11/2019 của Quốc hội; các quy định của BLHS, BLTTHS, Luật
tổ chức Cơ quan điều tra hình sự năm 2015 và Luật số 02/2021/QH15 sửa đổi, bổ
sung một số điều của BLTTHS năm 2021; xác định rõ thẩm quyền điều tra, thẩm quyền
giải quyết các vụ việc, vụ án thuộc trách nhiệm của Cơ quan ANĐT.""",
    [("11/HD-VKSTC","2022-01-07"),("01/CT-VKSTC","2021-12-27"),("01/KH-VKSTC","2021-12-30"),("96/2019/QH14","2019-11-27"),("02/2021/QH15",None)], ocr=True)

add("https://ls1.hethongphapluat.com/chi-thi-01-2009-ct-vkstc-ve-cong-tac-cua-nganh-kiem-sat-nhan-dan-nam-2009-do-vien-kiem-sat-nhan-dan-toi-cao-ban-hanh.html",
    "Procuracy directive: header as a text table ('|' cells), number and date in adjacent cells",
    """VIỆN KIỂM SÁT NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 01/2009/CT-VKSTC | Hà Nội, ngày 05 tháng 01 năm 2009 |
CHỈ THỊ
VỀ CÔNG TÁC CỦA NGÀNH KIỂM SÁT NHÂN DÂN NĂM 2009
Năm 2009, Đảng và Nhà nước ta tập trung mọi nỗ lực để tiếp tục kiềm chế lạm phát, ổn định kinh tế vĩ mô, duy trì tốc độ tăng trưởng hợp lý, chủ động ngăn ngừa suy giảm của nền kinh tế, bảo đảm an sinh xã hội; đẩy mạnh hợp tác và hội nhập kinh tế quốc tế một cách chủ động và hiệu quả; giữ vững ổn định chính trị, bảo đảm quốc phòng, an ninh và trật tự, an toàn xã hội.""",
    [("01/2009/CT-VKSTC","2009-01-05")])

add("https://thuvienphapluat.vn/van-ban/Trach-nhiem-hinh-su/Huong-dan-35-HD-VKSTC-2022-cong-tac-thuc-hanh-quyen-cong-to-truy-to-an-ma-tuy-2023-548835.aspx",
    "Procuracy guidance: header cells, date split over two lines, 'Căn cứ Chỉ thị số …\\nngày'",
    """VIỆN KIỂM SÁT
NHÂN DÂN
TỐI CAO
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 35/HD-VKSTC
|
Hà Nội, ngày 15
tháng 12 năm 2022
|
HƯỚNG DẪN
CÔNG TÁC THỰC HÀNH QUYỀN CÔNG TỐ, KIỂM SÁT ĐIỀU TRA, TRUY TỐ
VÀ KIỂM SÁT XÉT XỬ SƠ THẨM ÁN MA TÚY NĂM 2023
Căn cứ Chỉ thị số 01/CT-VKSTC
ngày 02/12/2022 của Viện trưởng Viện kiểm sát nhân dân tối cao (VKSND tối cao)
về công tác của ngành Kiểm sát nhân dân (KSND) năm 2023.
VKSND tối cao hướng dẫn Viện kiểm
sát cấp dưới triển khai thực hiện các nhiệm vụ trong lĩnh vực công tác Thực
hành quyền công tố, Kiểm sát điều tra, Truy tố và Kiểm sát xét xử sơ thẩm án ma
túy năm 2023 như sau:""",
    [("35/HD-VKSTC","2022-12-15"),("01/CT-VKSTC","2022-12-02")], ocr=True)

add("https://thuviennhadat.vn/van-ban-phap-luat-viet-nam/thong-tu-23-2025-tt-nhnn-sua-doi-thong-tu-30-2019-tt-nhnn-du-tru-bat-buoc-to-chuc-tin-dung-669046.html",
    "State Bank circular: page title and metadata, header, an UPPER-CASE title naming the amended circular with its date, laws (QH12, QH15), a decree without date",
    """Thông tư 23/2025/TT-NHNN sửa đổi Thông tư 30/2019/TT-NHNN quy định về thực hiện dự trữ bắt buộc của các tổ chức tín dụng, chi nhánh ngân hàng nước ngoài do Thống đốc Ngân hàng Nhà nước Việt Nam ban hành

Số hiệu 23/2025/TT-NHNN
Cơ quan ban hành Ngân hàng Nhà nước Việt Nam
Ngày ban hành 12/08/2025
Ngày công báo Đã biết
Lĩnh vực Tiền tệ - Ngân hàng
Loại văn bản Thông tư
Người ký Phạm Thanh Hà
Ngày có hiệu lực Đã biết
Số công báo Đã biết
Tình trạng Đã biết

NGÂN HÀNG NHÀ NƯỚC
VIỆT NAM
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 23/2025/TT-NHNN

Hà Nội, ngày 12 tháng 8 năm 2025

 

THÔNG TƯ

SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 30/2019/TT-NHNN NGÀY 27 THÁNG 12 NĂM 2019 CỦA THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM QUY ĐỊNH VỀ THỰC HIỆN DỰ TRỮ BẮT BUỘC CỦA CÁC TỔ CHỨC TÍN DỤNG, CHI NHÁNH NGÂN HÀNG NƯỚC NGOÀI

Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;

Căn cứ Luật Các tổ chức tín dụng số 32/2024/QH15;

Căn cứ Nghị định số 26/2025/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ngân hàng Nhà nước Việt Nam;

Theo đề nghị của Vụ trưởng Vụ Chính sách tiền tệ;

Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 30/2019/TT-NHNN ngày 27 tháng 12 năm 2019 của Thống đốc Ngân hàng Nhà nước Việt Nam quy định về thực hiện dự trữ bắt buộc của các tổ chức tín dụng, chi nhánh ngân hàng nước ngoài.""",
    [("23/2025/TT-NHNN","2025-08-12"),("30/2019/TT-NHNN","2019-12-27"),("23/2025/TT-NHNN","2025-08-12"),("23/2025/TT-NHNN","2025-08-12"),("30/2019/TT-NHNN","2019-12-27"),("46/2010/QH12",None),("32/2024/QH15",None),("26/2025/NĐ-CP",None),("30/2019/TT-NHNN","2019-12-27")])

add("https://tapchinganhang.gov.vn/cic-nang-cao-chat-luong-hoat-dong-thong-tin-tin-dung-15525.html",
    "State Bank journal news: TT-NHNN and QĐ-NHNN without dates, then the same documents by bare number ('Thông tư 15', 'Quyết định 573')",
    """Phó Thống đốc đề nghị CIC cần tập trung triển khai nghiêm túc, có hiệu quả một số nhiệm vụ trọng tâm trong năm 2025 như sau:

Thứ nhất, tiếp tục hỗ trợ các TCTD thực hiện Thông tư 15/2023/TT-NHNN và Quyết định 573/QĐ-NHNN; phối hợp với Cơ quan Thanh tra, Giám sát Ngân hàng (CQTTGSNH) chấn chỉnh, thực hiện kiểm tra, xử lý các trường hợp vi phạm.

Phó Thống đốc cũng yêu cầu các Vụ, Cục, đơn vị thuộc NHNN nghiên cứu cơ chế chính sách liên quan đến hoạt động TTTD. Về phía các TCTD, Phó Thống đốc yêu cầu nghiêm túc thực hiện Thông tư 15 và Quyết định 573.""",
    [("15/2023/TT-NHNN",None),("573/QĐ-NHNN",None)])

add("https://baocaotaichinh.vn/thu-vien/thong-tu-so-18-2024-tt-nhnn-cua-ngan-hang-nha-nuoc-viet-nam-quy-dinh-ve-hoat-dong-the-ngan-hang-2108502745-199225",
    "library note on a State Bank circular: issue date in words, then an effect date that is not the issue date",
    """Thông tư số 18/2024/TT-NHNN ngày 28 tháng 06 năm 2024 của Ngân hàng Nhà nước Việt Nam quy định về hoạt động thẻ ngân hàng.
Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 07 năm 2024.""",
    [("18/2024/TT-NHNN","2024-06-28")])

add("https://lsvn.vn/tag/don-vi-hanh-chinh-cap-xa.html",
    "lawyers' magazine tag page on the 2025 commune merger: a Party guidance with spaces around the hyphen",
    """Hướng dẫn thành lập đảng bộ xã, phường, đặc khu sau sáp nhập, sắp xếp đơn vị hành chính cấp xã

(LSVN) - Ban Tổ chức Trung ương đã ban hành Hướng dẫn số 31 - HD/BTCTW ngày 23/4/2025 về việc thành lập tổ chức đảng tương ứng các đơn vị hành chính ở địa phương và sắp xếp tổ chức bộ máy cơ quan Mặt trận Tổ quốc Việt Nam, đoàn thể cấp tỉnh, cấp xã. Trong đó, Ban Tổ chức Trung ương hướng dẫn thành lập đảng bộ xã, phường, đặc khu (cấp xã mới) sau sáp nhập, sắp xếp đơn vị hành chính cấp xã.""",
    [("31-HD/BTCTW","2025-04-23")])

add("https://baophutho.vn/dang-uy-xa-vinh-phu-tong-ket-cong-tac-xay-dung-dang-chinh-quyen-nam-2025-244784.htm",
    "provincial paper on a commune Party committee formed by the 2025 merger: a central resolution without date",
    """Ngày 26/12, Đảng uỷ xã Vĩnh Phú tổ chức hội nghị tổng kết công tác xây dựng Đảng, chính quyền năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026. Dự và chỉ đạo hội nghị có đồng chí Phạm Thị Hồng Nhung - TUV, Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh uỷ.

Năm 2025, dưới sự lãnh, chỉ đạo của Đảng uỷ các xã trước khi sáp nhập và đặc biệt là sự chỉ đạo quyết liệt, tập trung của Đảng bộ xã Vĩnh Phú sau hợp nhất, tình hình kinh tế - xã hội trên địa bàn tiếp tục ổn định và đạt nhiều kết quả tích cực, khá toàn diện trên các lĩnh vực.

Thường trực Đảng ủy xã Vĩnh Phú chủ trì hội nghị.

Ban Chấp hành Đảng bộ xã đã lãnh, chỉ đạo, quản lý chính quyền hiệu quả; triển khai đồng bộ mô hình chính quyền địa phương 2 cấp, xác định rõ trọng tâm phát triển theo các nghị quyết trụ cột. Trong đó, việc ứng dụng khoa học - công nghệ, thúc đẩy chuyển đổi số theo Nghị quyết số 57-NQ/TW được chú trọng, góp phần nâng cao hiệu quả quản lý, cải cách hành chính và chất lượng phục vụ Nhân dân.""",
    [("57-NQ/TW",None)])

add("https://hieuluat.vn/bao-hiem/cong-van-3717-bhxh-cntt-bao-hiem-xa-hoi-viet-nam-2f8ed.html",
    "Vietnam Social Security official letter: metadata and header as '|' table cells, a letter of the same issuer cited with its date",
    """Cơ quan ban hành: | Bảo hiểm xã hội Việt Nam | Số công báo: | Đang cập nhật |
Số hiệu: | 3717/BHXH-CNTT | Ngày đăng công báo: | Đang cập nhật |
Loại văn bản: | Công văn | Người ký: | Nguyễn Thế Mạnh |
Ngày ban hành: | 25/11/2020 | Hết hiệu lực: | Đang cập nhật |
Áp dụng: | 25/11/2020 | Tình trạng hiệu lực: | Còn Hiệu lực |
Lĩnh vực: | Bảo hiểm |
BẢO HIỂM XÃ HỘI VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 3717/BHXH-CNTT | Hà Nội, ngày 25 tháng 11 năm 2020 |
Kính gửi: | - Các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam; |
VssID – Bảo hiểm xã hội số (VssID) là ứng dụng trên nền tảng thiết bị di động của Bảo hiểm xã hội Việt Nam, đã được cung cấp trên Google Play cho thiết bị sử dụng hệ điều hành Android và AppStore cho thiết bị sử dụng hệ điều hành IOS của Apple để thiết lập kênh giao tiếp và tạo điều kiện cho người tham gia bảo hiểm xã hội (BHXH), bảo hiểm y tế (BHYT) tiếp cận thông tin, thực hiện các dịch vụ công một cách tiện lợi, dễ dàng, nhanh chóng nhất, từng bước thực hiện việc thay thế Sổ BHXH, Thẻ BHYT giấy như hiện nay.
Để đẩy mạnh việc ứng dụng VssID trong phạm vi cả nước, BHXH Việt Nam yêu cầu Giám đốc BHXH các tỉnh, thành phố trực thuộc trung ương (BHXH tỉnh), Thủ trưởng các đơn vị trực thuộc BHXH Việt Nam khẩn trương, nghiêm túc triển khai thực hiện một số nội dung cụ thể như sau:
1. Phổ biến, quán triệt và yêu cầu 100% công chức, viên chức, người lao động trong đơn vị đăng ký tài khoản giao dịch điện tử theo hướng dẫn tại Công văn số 2659/BHXH-CNTT ngày 21/8/2020 của BHXH Việt Nam;""",
    [("3717/BHXH-CNTT","2020-11-25"),("3717/BHXH-CNTT","2020-11-25"),("2659/BHXH-CNTT","2020-08-21")])

add("https://thuvienphapluat.vn/bulletin/document.aspx?key1=I%3DRjME1qZzTV",
    "Vietnam Social Security letter: a 'V/v' subject line naming a circular between the number and the place-date line, decrees dated on the next line",
    """BẢO HIỂM XÃ HỘI
VIỆT NAM
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 751/BHXH-CSXH
V/v hướng dẫn thực hiện điều chỉnh tiền lương, tiền công
và thu nhập tháng đã đóng BHXH theo Thông tư số 01/2013/TT-BLĐTBXH
|
Hà
Nội, ngày 23 tháng 02
năm 2013
|
Kính
gửi:
|
- Bảo hiểm xã hội các tỉnh,
thành phố trực thuộc Trung ương;
- Bảo hiểm xã hội Bộ Quốc phòng;
- Bảo hiểm xã hội Công an nhân dân;
- Bảo hiểm xã hội Ban Cơ yếu Chính phủ.
|
Thực hiện Nghị định số 83/2008/NĐ-CP
ngày 31/7/2008; Nghị định số 134/2008/NĐ-CP ngày 31/12/2008
của Chính phủ và Thông tư số 01/2013/TT-BLĐTBXH ngày
30/01/2013 của Bộ Lao động - Thương binh và Xã hội quy
định mức điều chỉnh tiền lương, tiền công và thu nhập tháng đã đóng bảo hiểm xã hội để làm căn cứ tính hưởng lương
hưu, trợ cấp một lần khi nghỉ hưu, trợ cấp BHXH một lần,
trợ cấp tuất một lần, Bảo hiểm xã hội Việt Nam yêu cầu Bảo hiểm xã hội các
tỉnh, thành phố, Bảo hiểm xã hội Bộ Quốc phòng, Bảo hiểm xã hội Công an nhân
dân, Bảo hiểm xã hội Ban Cơ yếu Chính phủ thực hiện như
sau:""",
    [("751/BHXH-CSXH","2013-02-23"),("01/2013/TT-BLĐTBXH","2013-01-30"),("83/2008/NĐ-CP","2008-07-31"),("134/2008/NĐ-CP","2008-12-31"),("01/2013/TT-BLĐTBXH","2013-01-30")], ocr=True)

add("https://www.scribd.com/document/719807144/01-TANDTC-VKSNDTC-TTLT-11238",
    "joint circular of the Supreme Court and Procuracy (1988) from a PDF: two header columns on one line, the old symbol form issuer-before-type",
    """TÒA ÁN NHÂN DÂN TỐI CAO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc
****** ********
Số: 01-TANDTC-VKSNDTC/TTLT Hà Nội, ngày 08 tháng 12 năm 1988

THÔNG TƯ LIÊN TỊCH


HƯỚNG DẪN THI HÀNH MỘT SỐ QUY ĐỊNH TRONG BỘ LUẬT TỐ TỤNG HÌNH SỰ
Để thi hành Bộ luật tố tụng hình sự, Tòa án nhân dân tối cao và Viện kiểm sát nhân dân tối cao hướng
dẫn các Tòa án nhân dân, Tòa án quân sự, Viện kiểm sát nhân dân và Viện kiểm sát quân sự các cấp áp
dụng thống nhất một số quy định sau đây:""",
    [("01-TANDTC-VKSNDTC/TTLT","1988-12-08")])

add("https://123doc.top/document/5932837-nghi-quyet-so-03-2019-nq-hdtp-huong-dan-ap-dung-dieu-324-cua-bo-luat-hinh-su-ve-toi-rua-tien.htm",
    "Supreme Court Judges' Council resolution on a document site: summary, then PDF text with letters split off ('S : 03/2019/NQHĐTP ố', 'Hà N i'), a hyphen lost, laws named inside broken words",
    """Nghị quyết số 03/2019/NQ-HĐTP: Hướng dẫn áp dụng Điều 324 của Bộ luật Hình sự về tội rửa tiền

5 53 0

Đang tải... (xem toàn văn)

THÔNG TIN TÀI LIỆU

Thông tin cơ bản

Định dạng
Số trang 5
Dung lượng 456,51 KB

Các công cụ chuyển đổi và chỉnh sửa cho tài liệu này

Nội dung

Thông tư số 03/2019/NQ-HĐTP được ban hành căn cứ Luật Tổ chức Tòa án nhân dân ngày 24 tháng 11 năm 2014 và sau khi có ý kiến của Viện trưởng Viện kiểm sát nhân dân tối cao và Bộ trưởng Bộ Tư pháp. Nghị quyết này hướng dẫn áp dụng một số quy định tại Điều 324 của Bộ luật Hình sự về tội rửa tiền.

Trang 1

H I Đ NG TH M PHÁN Ộ Ồ Ẩ

TÒA ÁN NHÂN DÂN T I CAO

––––––––––––––––

S : 03/2019/NQHĐTP ố

C NG HÒA XàH I CH  NGHĨA VI T NAMỘ Ộ Ủ Ệ

Đ c l p  T  do  H nh phúcộ ậ ự ạ  

––––––––––––––––––––––––––––––––––––––––

Hà N i, ngày 24 tháng 5 năm 2019 ộ

NGH  QUY TỊ Ế

Hướng d n áp d ng Đi u 324 c a ẫ ụ ề ủ B  lu t Hình s  v  t i r a ti n ộ ậ ự ề ộ ử ề

––––––––––––––––––––––

Căn c  Lu t T  ch c Tòa án nhân dân ứ ậ ổ ứ  ngày 24 tháng 11 năm 2014;

Đ  áp d ng đúng và th ng nh t quy đ nh t i Đi u 324 c a  ể ụ ố ấ ị ạ ề ủ B  lu t Hình ộ ậ  

s   ự s   100/2015/QH13   đ c   s a   đ i,   b   sung   m t   s   đi u   theo   Lu t   s ố ượ ử ổ ổ ộ ố ề ậ ố   12/2017/QH14;""",
    [("03/2019/NQ-HĐTP","2019-05-24"),("03/2019/NQ-HĐTP","2019-05-24"),("03/2019/NQ-HĐTP","2019-05-24"),("100/2015/QH13",None),("12/2017/QH14",None)])

add("https://uat.nhansu.vn/van-ban-phap-luat/Nghi-quyet-05-2025-NQ-HDND-Quy-che-lam-viec-cua-Hoi-dong-nhan-dan-tinh-Dak-Lak-673636.html",
    "provincial People's Council resolution (after the 2025 merger): metadata and header as '|' table cells, a submission and two reports dated in words",
    """Nghị quyết 05/2025/NQ-HĐND về Quy chế làm việc của Hội đồng nhân dân tỉnh, thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, Tổ đại biểu Hội đồng nhân dân tỉnh và Đại biểu Hội đồng nhân dân tỉnh Đắk Lắk
Số hiệu | 05/2025/NQ-HĐND |
Ngày ban hành | 15/09/2025 |
Ngày có hiệu lực | 15/09/2025 |
Loại văn bản | Nghị quyết |
Cơ quan ban hành | Tỉnh Đắk Lắk |
Người ký | Cao Thị Hòa An |
Lĩnh vực | Bộ máy hành chính |
HỘI ĐỒNG NHÂN
DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
Số: 05/2025/NQ-HĐND |
Đắk Lắk, ngày 15 tháng 9 năm 2025 |
NGHỊ QUYẾT
BAN HÀNH QUY CHẾ LÀM VIỆC CỦA HỘI ĐỒNG NHÂN DÂN TỈNH, THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH, CÁC BAN CỦA HỘI ĐỒNG NHÂN DÂN TỈNH, TỔ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN TỈNH VÀ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK LẮK
Xét Tờ trình số 279/TTr-HĐND ngày 11 tháng 9 năm 2025 của Ban Pháp chế của Hội đồng nhân dân tỉnh về dự thảo Nghị quyết ban hành Quy chế làm việc của Hội đồng nhân dân tỉnh, Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh Đắk Lắk; Báo cáo thẩm tra số 71/BC-HĐND ngày 13 tháng 9 năm 2025 của Ban Dân tộc của Hội đồng nhân dân tỉnh; Báo cáo 85/BC-HĐND ngày 14 tháng 9 năm 2025 của Ban Pháp chế Hội đồng nhân dân tỉnh về việc tiếp thu, giải trình ý kiến thẩm tra dự thảo Nghị quyết;""",
    [("05/2025/NQ-HĐND","2025-09-15"),("05/2025/NQ-HĐND","2025-09-15"),("05/2025/NQ-HĐND","2025-09-15"),("279/TTr-HĐND","2025-09-11"),("71/BC-HĐND","2025-09-13"),("85/BC-HĐND","2025-09-14")])

add("https://hethongphapluat.com/nghi-quyet-06-2021-nq-hdnd-ve-noi-quy-ky-hop-hoi-dong-nhan-dan-tinh-tra-vinh-khoa-x-nhiem-ky-2021-2026.html",
    "provincial People's Council resolution: header as a text table, a Standing Committee resolution dated in words, a submission",
    """HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 06/2021/NQ-HĐND | Trà Vinh, ngày 29 tháng 6 năm 2021 |
BAN HÀNH NỘI QUY KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH KHÓA X, NHIỆM KỲ 2021 - 2026
HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH
KHÓA X - KỲ HỌP THỨ NHẤT
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị quyết số 629/2019/UBTVQH14 ngày 30 tháng 01 năm 2019 của Ủy ban Thường vụ Quốc hội hướng dẫn một số hoạt động của Hội đồng nhân dân;
Xét Tờ trình số 60/TTr-HĐND ngày 07 tháng 6 năm 2021 của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh về việc ban hành Nội quy kỳ họp Hội đồng nhân dân tỉnh Trà Vinh khóa X, nhiệm kỳ 2021 - 2026; Báo cáo thẩm tra của Ban Pháp chế và ý kiến của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.""",
    [("06/2021/NQ-HĐND","2021-06-29"),("629/2019/UBTVQH14","2019-01-30"),("60/TTr-HĐND","2021-06-07")], ocr=True)

add("https://thuviennhadat.vn/phap-luat/tai-file-toan-bo-34-nghi-quyet-sap-xep-don-vi-hanh-chinh-cap-xa-nam-2025-685791.html",
    "legal site's list of the 2025 commune-merger resolutions of the NA Standing Committee (NQ-UBTVQH15) as a table copied as text; one date for the whole batch, not tied to a number",
    """Tải file toàn bộ 34 Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025

Ngày 16/6/2025, Uỷ ban Thường vụ Quốc hội thông qua 34 Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025.

Nội dung chính

    Tải file toàn bộ 34 Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025

    Dưới đây là toàn bộ 34 Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025:

    TT

    Tên tỉnh, thành mới

    (Tỉnh, thành được sáp nhập)

    Tên Nghị quyết

    1

    Thành phố Hà Nội

    Nghị quyết 1656/NQ-UBTVQH15 về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Hà Nội năm 2025

    2

    Thành phố Hồ Chí Minh

    (Bình Dương + TPHCM + Bà Rịa - Vũng Tàu)

    Nghị quyết 1685/NQ-UBTVQH15 về việc sắp xếp các đơn vị hành chính cấp xã của Thành phố Hồ Chí Minh năm 2025


    3

    Thành phố Hải Phòng

    (Hải Dương + TP. Hải Phòng)

    Nghị quyết 1669/NQ-UBTVQH15 về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Hải Phòng năm 2025

    4

    Thành phố Đà Nẵng

    (Quảng Nam + TP. Đà Nẵng)

    Nghị quyết 1659/NQ-UBTVQH15 Về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Đà Nẵng năm 2025

    5

    Thành phố Huế

    Nghị quyết 1675/NQ-UBTVQH15 về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Huếnăm 2025

    6

    Thành phố Cần Thơ

    (Sóc Trăng + Hậu Giang + TP. Cần Thơ)

    Nghị quyết 1668/NQ-UBTVQH15 về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Cần Thơ năm 2025

    7

    Tuyên Quang

    (Hà Giang + Tuyên Quang)

    Nghị quyết 1684/NQ-UBTVQH15 về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Tuyên Quang năm""",
    [("1656/NQ-UBTVQH15",None),("1685/NQ-UBTVQH15",None),("1669/NQ-UBTVQH15",None),("1659/NQ-UBTVQH15",None),("1675/NQ-UBTVQH15",None),("1668/NQ-UBTVQH15",None),("1684/NQ-UBTVQH15",None)])

add("https://baobacgiang.vn/bg/infographics/vu-vai-thieu-2025-san-luong-du-kien-tang-khoang-30--postid417893.bbg",
    "provincial paper: two Government resolutions sharing one date ('… và Nghị quyết số … ngày')",
    """Chính phủ thông qua Đề án sắp xếp đơn vị hành chính cấp tỉnh, cấp xã năm 2025
Tại Nghị quyết số 125/NQ-CP và Nghị quyết số 126/NQ-CP ngày 9/5/2025, Chính phủ đã thông qua hồ sơ Đề án sắp xếp đơn vị hành chính cấp tỉnh năm 2025 và thông qua 34 hồ sơ Đề án sắp xếp đơn vị hành chính cấp xã năm 2025 do Bộ Nội vụ trình.
Theo đó, sau sắp xếp, cả nước có 34 đơn vị hành chính cấp tỉnh (gồm 6 thành phố trực thuộc trung ương và 28 tỉnh), 3.321 đơn vị hành chính cấp xã (672 phường, 2.636 xã, 13 đặc khu), trong đó có 3.193 đơn vị hành chính cấp xã hình thành mới do sắp xếp, sáp nhập, điều chỉnh đơn vị hành chính cấp xã và 128 đơn vị hành chính cấp xã (124 xã, 4 phường) không thực hiện sắp xếp (giữ nguyên).""",
    [("125/NQ-CP","2025-05-09"),("126/NQ-CP","2025-05-09")])

add("https://123docz.net/document/7117257-ngan-hang-nha-nuoc-viet-namcong-hoa-xa-hoi-chu-nghia-viet-namdoc-lap-tu-do-hanh-phuc.htm",
    "State Bank circular as a document site's PDF text: flattened header, words dropped by the extraction ('Căn Luật', a month lost from two dates: 'ngày 16 tháng năm 2010')",
    """(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự - Hạnh phúc
-Số: 04/2013/TT-NHNN Hà Nội, ngày 01 tháng 03 năm 2013
THÔNG TƯ
QUY ĐỊNH VỀ HOẠT ĐỘNG CHIẾT KHẤU CÔNG CỤ CHUYỂN NHƯỢNG, GIẤY TỜ CĨ GIÁ KHÁC CỦA TỔ CHỨC TÍN DỤNG, CHI NHÁNH NGÂN HÀNG NƯỚC NGOÀI ĐỐI
VỚI KHÁCH HÀNG
Căn Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12 ngày 16 tháng năm 2010; Căn Luật Các tổ chức tín dụng số 47/2010/QH12 ngày 16 tháng năm 2010;
Căn Luật Các công cụ chuyển nhượng số 49/2005/QH11 ngày 29 tháng 11 năm 2005; Căn Nghị định số 96/2008/NĐ-CP ngày 26 tháng năm 2008 Chính phủ Quy định chức năng, nhiệm vụ, quyền hạn cấu tổ chức Ngân hàng Nhà nước Việt Nam;
Theo đề nghị Vụ trưởng Vụ Chính sách tiền tệ;
Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư quy định hoạt động chiết khấu cơng cụ chuyển nhượng, giấy tờ có giá khác tổ chức tín dụng, chi nhánh ngân hàng nước ngoài khách hàng,""",
    [("04/2013/TT-NHNN","2013-03-01"),("46/2010/QH12",None),("47/2010/QH12",None),("49/2005/QH11","2005-11-29"),("96/2008/NĐ-CP",None)])

add("https://thuvienphapluat.vn/van-ban/Thu-tuc-To-tung/Chi-thi-01-2024-CT-CA-to-chuc-thuc-hien-nhiem-vu-trong-tam-cong-tac-Toa-an-624639.aspx?ac=emails",
    "Chief Justice's directive: header cells, the date split across lines",
    """TÒA ÁN NHÂN DÂN
TỐI CAO
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 01/2024/CT-CA
|
Hà Nội, ngày 02
tháng 01 năm 2024
|
CHỈ THỊ
VỀ VIỆC TỔ CHỨC TRIỂN KHAI, THỰC HIỆN CÁC NHIỆM VỤ TRỌNG
TÂM CÔNG TÁC TÒA ÁN NĂM 2024
Năm 2023, đội ngũ Thẩm
phán, cán bộ, công chức, viên chức và người lao động Tòa án các cấp đã đoàn kết,
vượt qua khó khăn, nỗ lực không ngừng, hoàn thành tốt các nhiệm vụ trọng tâm, đạt
và vượt các chỉ tiêu, yêu cầu của Quốc hội.""",
    [("01/2024/CT-CA","2024-01-02")])

add("https://tapchitoaan.vn/chuyen-muc/thoi-su?page=3",
    "court journal: a directive dated before it ('Ngày …, Ban Bí thư ban hành Chỉ thị số …'), then named again",
    """Chỉ thị số 55-CT/TW của Ban Bí thư về việc tổ chức Tết Bính Ngọ năm 2026
(TCTA) Ngày 22/12/2025, Ban Bí thư ban hành Chỉ thị số 55-CT/TW về việc tổ chức Tết Bính Ngọ năm 2026. Tạp chí Tòa án nhân dân xin trân trọng giới thiệu toàn văn nội dung Chỉ thị số 55-CT/TW như sau:""",
    [("55-CT/TW","2025-12-22"),("55-CT/TW","2025-12-22"),("55-CT/TW","2025-12-22")])

add("https://baohatinh.vn/thu-ly-giai-quyet-tag138920.html",
    "provincial paper: a Chief Justice's directive without date",
    """Lượng án thụ lý, giải quyết của TAND cấp huyện tăng cao vào đầu tháng 5
Sau thời gian tạm hoãn các phiên xử và đón tiếp công dân tại trụ sở theo Chỉ thị số 02/2020/CT-CA về phòng, chống dịch Covid-19, từ tháng 5, hệ thống TAND cấp huyện trên địa bàn Hà Tĩnh bắt đầu xét xử trở lại với lượng án cao hơn bình thường.""",
    [("02/2020/CT-CA",None)])

add("http://www.baothainguyen.org.vn/trang-in-272403.html",
    "provincial paper on the Party committee of the province's agencies bloc (Đảng ủy Khối các cơ quan tỉnh): a list of Secretariat directives and a conclusion, no dates",
    """Sáng 3-7, Đảng ủy Khối các cơ quan tỉnh đã tổ chức Hội nghị học tập, quán triệt và triển khai thực hiện các chỉ thị của Ban Bí thư Trung ương Đảng khóa XII. Dự Hội nghị có các đồng chí Ủy viên Ban Chấp hành Đảng bộ, bí thư, phó bí thư các chi, đảng bộ trực thuộc, báo cáo viên. Đồng chí Trần Xuân Hựu, Tỉnh ủy viên, Bí thư Đảng ủy Khối chủ trì Hội nghị.

Phát biểu tại Hội nghị, đồng chí Trần Xuân Hựu đề nghị các đại biểu tập trung trí tuệ, phát huy tinh thần trách nhiệm trong học tập, nghiên cứu, trao đổi, thảo luận nhằm hiểu sâu, nắm vững nội dung cơ bản của các chủ trương, quan điểm của Đảng trong các chỉ thị, cụ thể hóa bằng kế hoạch, chương trình hành động thực hiện. 
 
Các đại biểu đã nghe báo cáo nhanh kết quả Hội nghị lần thứ 12, Ban Chấp hành Trung ương Đảng khóa XII; quán triệt các chỉ thị của Ban Bí thư Trung ương Đảng gồm: Chỉ thị số 41-CT/TW về Tăng cường phối hợp và triển khai đồng bộ các biện pháp đảm bảo an toàn, an ninh mạng; Chỉ thị số 42-CT/TW về Tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai; Chỉ thị số 43-CT/TW về Tăng cường sự lãnh đạo của Đảng đối với hoạt động của Hội Nhà báo Việt Nam trong tình hình mới; Chỉ thị số 44-CT/TW về Đổi mới, nâng cao chất lượng hiệu quả công tác xuất bản, phát hành và nghiên cứu, học tập sách lý luận, chính trị; Thông báo Kết luận của Ban Bí thư về tiếp tục thực hiện Kết luận số 102-KL/TW của Bộ Chính trị khóa XI về hội quần chúng trong tình hình mới.""",
    [("41-CT/TW",None),("42-CT/TW",None),("43-CT/TW",None),("44-CT/TW",None),("102-KL/TW",None)], ocr=True)

add("https://shopstoreadventure.com/chinh-tri/202504/thai-nguyen-to-chuc-cac-diem-cau-va-tiep-song-truc-tiep-hoi-nghi-quan-triet-trien-khai-nghi-quyet-trung-uong-11-khoa-xiii-f9e2f5e",
    "scraper site that scrambles the tone marks of every word ('Ngàỹ', 'bân hành', 'Nghị qưỹết'): a central resolution dated before it, 'TƯ' for TW",
    """Ngàỹ 12/4/2025, Tổng Bí thư Tô Lâm ký bân hành Nghị qưỹết số 60-NQ/TƯ (Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII) vớỉ nhịềù nộỉ đúng rất qụãn trọng về công tác chụẩn bị Đạì hộì XỈV củà Đảng; chụẩn bị bầụ cử đạí bìểụ Qưốc hộì khóă XVÌ và đạì bịểú HĐNĐ các cấp nhịệm kỳ 2026-2031; về đề án và phương án sáp nhập đơn vị hành chính cấp tỉnh, không tổ chức cấp hụýện, sáp nhập cấp xã, xâỷ đựng chính qủỹền địà phương 2 cấp.""",
    [("60-NQ/TW","2025-04-12")])

add("https://dangcongsan.vn/tinhuylaichau/Lists/Xaydungdang/View.aspx",
    "provincial Party committee's portal: a central resolution with 'số …, ngày'",
    """Họp cho ý kiến vào các văn bản tổng kết thực hiện Nghị quyết số 18-NQ/TW
22/12/2024
Sáng 22/12, Tỉnh ủy tổ chức họp cho ý kiến vào dự thảo báo cáo tổng kết thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII “một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả”; Đề án kết thúc hoạt động các đảng đoàn, ban cán sự đảng cấp tỉnh, Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh; thành lập Đảng bộ cơ quan Đảng, đoàn thể, HĐND, tư pháp cấp tỉnh và Đảng bộ chính quyền tỉnh; phương án sắp xếp tổ chức bộ máy cơ quan đảng, đoàn thể cấp tỉnh.""",
    [("18-NQ/TW","2017-10-25"),("18-NQ/TW","2017-10-25")])

add("https://vbpl.vn/bocongan/Pages/vbpq-vanbanlienquan.aspx?ItemID=58050&dvid=316",
    "national legal database: a joint circular amending two joint circulars written with a slash after TTLT ('04/2002/TTLT/BCA-BNG')",
    """Bộ Công an
Thông tư liên tịch 01/2012/TTLT-BCA-BNG Sửa đổi, bổ sung Thông tư liên tịch số 04/2002/TTLT/BCA-BNG ngày 29/01/2002 và Thông tư liên tịch số 05/2009/TTLT/BCA-BNG ngày 12/5/2009 của Bộ Công an - Bộ Ngoại giao trong lĩnh vực xuất nhập cảnh
[ Lược đồ ] [ Thuộc tính ] [ Bản in ]""",
    [("01/2012/TTLT-BCA-BNG",None),("04/2002/TTLT-BCA-BNG","2002-01-29"),("05/2009/TTLT-BCA-BNG","2009-05-12")])

add("https://vanban123.vn/Cong-van/cong-van-1882-bhxh-csyt-ve-tang-cuong-cong-tac-giam-dinh-bao-hiem-y-te-nam-2018-do-bao-hiem-xa-hoi-viet-nam-ban-hanh-84080",
    "Vietnam Social Security letter: header as a text table, a decree dated",
    """BẢO HIỂM XÃ HỘI VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1882/BHXH-CSYT | Hà Nội, ngày 28 tháng 5 năm 2018 |
Kính gửi: | - Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương; |
Qua công tác kiểm tra trực tiếp tại các cơ sở khám, chữa bệnh (KCB) bảo hiểm y tế (BHYT) và kết quả kiểm tra, rà soát việc đấu thầu, sử dụng thuốc tại các địa phương, dữ liệu KCB BHYT trên Hệ thống thông tin giám định các năm 2015-2017, Bảo hiểm xã hội (BHXH) Việt Nam đã phát hiện việc thanh toán chi phí KCB BHYT tại các cơ sở KCB BHYT còn một số bất cập, chưa đúng quy định, cụ thể như sau:
- Việc ký hợp đồng, tạm ứng, thanh quyết toán chi phí KCB BHYT
+ Ký hợp đồng KCB BHYT với Trung tâm y tế có hình thức tổ chức ghi trong Giấy phép hoạt động không đúng quy định tại khoản 16, Điều 22 Nghị định số 109/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định cấp chứng chỉ hành nghề đối với người hành nghề và cấp giấy phép hoạt động đối với cơ sở KCB (Cao Bằng, Quảng Ninh, Sóc Trăng);""",
    [("1882/BHXH-CSYT","2018-05-28"),("109/2016/NĐ-CP","2016-07-01")])

add("https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-2596-KH-BHXH-2019-de-an-sap-xep-to-chuc-bo-may-theo-huong-tinh-gon-422186.aspx?tab=7",
    "Vietnam Social Security plan: header cells, an UPPER-CASE title naming a Prime Minister's decision with its date in words, the date broken over lines",
    """BẢO HIỂM XÃ HỘI
VIỆT NAM
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 2596/KH-BHXH
|
Hà Nội, ngày 19
tháng 7 năm 2019
|
KẾ HOẠCH
THỰC
HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY 10 THÁNG 7 NĂM 2019 CỦA THỦ TƯỚNG CHÍNH PHỦ
PHÊ DUYỆT ĐỀ ÁN “ĐỔI MỚI, SẮP XẾP TỔ CHỨC BỘ MÁY CỦA BẢO HIỂM XÃ HỘI VIỆT NAM
THEO HƯỚNG TINH GỌN, HOẠT ĐỘNG HIỆU LỰC, HIỆU QUẢ”
Căn cứ quan điểm chỉ đạo, nguyên tắc, mục tiêu, các
nhiệm vụ và giải pháp chủ yếu tại Quyết định số 856/QĐ-TTg ngày 10 tháng 7 năm
2019 của Thủ tướng Chính phủ phê duyệt Đề án “Đổi mới, sắp xếp tổ chức bộ máy của
Bảo hiểm xã hội Việt Nam theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả”
(sau đây gọi là Đề án do Thủ tướng Chính phủ phê duyệt). Bảo hiểm xã hội (BHXH)
Việt Nam ban hành kế hoạch thực hiện như sau:""",
    [("2596/KH-BHXH","2019-07-19"),("856/QĐ-TTg","2019-07-10"),("856/QĐ-TTg","2019-07-10")], ocr=True)

add("https://thuvienphapluat.vn/cong-van/The-thao-Y-te/Cong-van-2210-BYT-KH-TC-huong-dan-Thong-tu-lien-tich-04-2012-TTLT-BYT-BTC-141735.aspx?tab=2",
    "Ministry of Health letter guiding a joint circular (TTLT-BYT-BTC): metadata, a 'V/v' line naming the joint circular right above the header's place-date line, letters of the Ministry of Finance and of Social Security",
    """Số hiệu: 2210/BYT-KH-TC Loại văn bản: Công văn
Nơi ban hành: Bộ Y tế Người ký: Nguyễn Thị Xuyên
Ngày ban hành: 16/04/2012 Ngày hiệu lực: Đã biết
Tình trạng: Đã biết

BỘ Y TẾ
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
----------------

Số: 2210/BYT-KH-TC
V/v hướng dẫn triển khai Thông tư liên tịch số 04/2012/TTLT-BYT-BTC.

Hà Nội, ngày 16 tháng 04 năm 2012

Kính gửi:

- Ủy ban nhân dân các tỉnh/ thành phố trực thuộc Trung ương
- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương
- Y tế các Bộ/ Ngành
- Các đơn vị sự nghiệp trực thuộc Bộ Y tế

Bộ Y tế - Bộ Tài chính đã ký Thông tư liên tịch số 04/2012/TTLT-BYT-BTC ngày 29/02/2012 ban hành mức tối đa khung giá một số dịch vụ khám bệnh, chữa bệnh trong các cơ sở khám bệnh, chữa bệnh của Nhà nước (sau đây gọi tắt là Thông tư liên tịch 04), thông tư có hiệu lực thi hành từ ngày 15/4/2012. Trên cơ sở ý kiến của Bộ Tài chính tại công văn số 3129/BTC-QLG ngày 9/3/2012, công văn số 4107/BTC-QLG ngày 29/3/2012, ý kiến của Bảo hiểm xã hội Việt Nam tại công văn số 1053/BHXH-CSYT ngày 28/3/2012, Bộ Y tế hướng dẫn việc triển khai thực hiện Thông tư liên tịch 04 như sau:

1. Phạm vi, đối tượng áp dụng

Đối tượng áp dụng Thông tư liên tịch 04 là các cơ sở khám bệnh, chữa bệnh của nhà nước theo quy định của Luật khám bệnh, chữa bệnh và Nghị định số 87/2011/NĐ-CP ngày 27/9/2011 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật khám bệnh, chữa bệnh""",
    [("2210/BYT-KH-TC","2012-04-16"),("2210/BYT-KH-TC","2012-04-16"),("04/2012/TTLT-BYT-BTC","2012-02-29"),("04/2012/TTLT-BYT-BTC","2012-02-29"),("3129/BTC-QLG","2012-03-09"),("4107/BTC-QLG","2012-03-29"),("1053/BHXH-CSYT","2012-03-28"),("87/2011/NĐ-CP","2011-09-27")], ocr=True)

add("http://atmt.gov.vn/van-ban-phap-luat?page=14",
    "agency's document list: laws (QH11, QH10) with 'Số hiệu:' glued to the number and the issue date on a line of its own",
    """Số hiệu:28/2004/QH11

Ngày ban hành: 03/12/2004

Số hiệu:27/2001/QH10

Ngày ban hành: 29/06/2001""",
    [("28/2004/QH11","2004-12-03"),("27/2001/QH10","2001-06-29")])

add("http://c1nguyenvanbe.pgdkrongno.edu.vn/loai-van-ban/nghi-dinh",
    "school site's document table copied as text: the symbol written with spaces ('56/ 2015/ NĐ - CP'), its date in the next column",
    """Số ký hiệu Ngày ban hành Loại văn bản Trích yếu
56/2015 09/06/2015 Nghị định
56/ 2015/ NĐ - CP 09/06/2015 Nghị định""",
    [("56/2015/NĐ-CP","2015-06-09")])

add("https://vanbanphapluat.co/quyet-dinh-2895-qd-ubnd-2017-cong-bo-thu-tuc-tai-nguyen-moi-truong-so-tai-nguyen-ben-tre",
    "legal site's page of a provincial decision: the number in titles with the year only, a replacing decision with an application date (not its issue date), letters lost ('n cứ Luật'), decrees and a circular dated in words",
    """Quyết định 2895/QĐ-UBND

Quyết định 2895/QĐ-UBND năm 2017 về công bố thủ tục hành chính mới trong lĩnh vực tài nguyên môi trường thuộc thẩm quyền giải quyết của Sở Tài nguyên và Môi trường tỉnh Bến Tre

Quyết định 2895/QĐ-UBND 2017 công bố thủ tục tài nguyên môi trường Sở Tài nguyên Bến Tre đã được thay thế bởi Quyết định 891/QĐ-UBND 2019 công bố danh mục thủ tục hành chính của Sở Tài nguyên Bến Tre và được áp dụng kể từ ngày 06/05/2019.

Nội dung toàn văn Quyết định 2895/QĐ-UBND 2017 công bố thủ tục tài nguyên môi trường Sở Tài nguyên Bến Tre


ỦY BAN NHÂN DÂN
TỈNH BẾN TRE

-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 2895/QĐ-UBND

Bến Tre, ngày 30 tháng 11 năm 2017

 

QUYẾT ĐỊNH

VỀ VIỆC CÔNG BỐ 01 THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI TRONG LĨNH VỰC TÀI NGUYÊN MÔI TRƯỜNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẾN TRE

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE

n cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về Kiểm soát thủ tục hành chính và Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;

Căn cứ Thông tư số 05/2014/TT-BTP ngày 07 tháng 02 năm 2014 của Bộ Tư pháp về hướng dẫn công bố, niêm yết thủ tục hành chính và báo cáo về tình hình, kết quả thực hiện kiểm soát thủ tục hành chính;""",
    [("2895/QĐ-UBND","2017-11-30"),("2895/QĐ-UBND","2017-11-30"),("2895/QĐ-UBND","2017-11-30"),("2895/QĐ-UBND","2017-11-30"),("2895/QĐ-UBND","2017-11-30"),("891/QĐ-UBND",None),("63/2010/NĐ-CP","2010-06-08"),("92/2017/NĐ-CP","2017-08-07"),("05/2014/TT-BTP","2014-02-07")])

add("http://www.docluat.vn/van-ban-phap-luat-nha-o/ndh_huong-dan-luat-nha-o-2014_99-2015-ndh-cp",
    "legal site's link text: a decree after the abbreviation 'NĐ', a law number (QH13)",
    """NĐ 99/2015/NĐ-CP chi tiết Luật 65/2014/QH13 về Nhà ở""",
    [("99/2015/NĐ-CP",None),("65/2014/QH13",None)])

add("https://cafef.vn/tong-bi-thu-to-lam-ky-quyet-dinh-thanh-lap-dang-bo-cac-tinh-thanh-moi-188250625153145181.chn",
    "business paper on the Politburo's decisions founding the merged provinces' Party committees (2025): four QĐ/TW without dates, an effect date",
    """Theo đó, tại Quyết định số 328-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh An Giang trực thuộc Ban Chấp hành Trung ương Đảng trên cơ sở hợp nhất 2 đảng bộ tỉnh: An Giang và Kiên Giang. Đảng bộ tỉnh An Giang gồm các tổ chức đảng và đảng viên thuộc 2 đảng bộ tỉnh: An Giang và Kiên Giang trước hợp nhất.

Tại Quyết định số 327-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh Cà Mau trực thuộc Ban Chấp hành Trung ương Đảng trên cơ sở hợp nhất 2 đảng bộ tỉnh: Cà Mau và Bạc Liêu.

Tổng Bí thư Tô Lâm. Ảnh: N.Hải.

Tại Quyết định số 326-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh Đồng Tháp trực thuộc Ban Chấp hành Trung ương Đảng trên cơ sở hợp nhất 2 đảng bộ tỉnh: Đồng Tháp và Tiền Giang.

Tại Quyết định số 321-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ TPHCM trực thuộc Ban Chấp hành Trung ương Đảng trên cơ sở hợp nhất 3 đảng bộ: TPHCM, tỉnh Bà Rịa - Vũng Tàu và tỉnh Bình Dương.

Tổng Bí thư Tô Lâm cũng ký các quyết định của Bộ Chính trị thành lập đảng bộ các tỉnh, thành mới, gồm: Tỉnh Vĩnh Long, TP. Cần Thơ, tỉnh Tây Ninh, tỉnh Đồng Nai, tỉnh Đăk Lăk, tỉnh Lâm Đồng, tỉnh Khánh Hòa, tỉnh Gia Lai, tỉnh Quảng Ngãi, TP. Đà Nẵng, tỉnh Quảng Trị, tỉnh Ninh Bình, TP. Hải Phòng, tỉnh Hưng Yên, tỉnh Bắc Ninh, tỉnh Phú Thọ, tỉnh Thái Nguyên, tỉnh Lào Cai, tỉnh Tuyên Quang.

Các quyết định có hiệu lực kể từ ngày 1/7/2025.""",
    [("328-QĐ/TW",None),("327-QĐ/TW",None),("326-QĐ/TW",None),("321-QĐ/TW",None)])

add("https://kenh14.vn/cong-bo-nhan-su-lanh-dao-cac-tinh-thanh-moi-sau-sap-nhap-215250630114014825.chn",
    "news on a province's commune merger (2025): a Standing Committee resolution without date, a date earlier in the paragraph that is not its issue date",
    """Lai Châu công bố nhân sự, kiện toàn bộ máy sau sắp xếp

Ngày 30/6, tỉnh Lai Châu công bố kết thúc hoạt động đơn vị hành chính cấp huyện, sắp xếp các đơn vị hành chính cấp xã, quyết định thành lập các tổ chức Đảng, chính quyền, MTTQ cấp xã và chỉ định nhân sự lãnh đạo chủ chốt.

Theo Nghị quyết số 1670/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, toàn tỉnh Lai Châu đã hoàn tất việc sắp xếp 106 đơn vị hành chính cấp xã, phường, thị trấn thành 38 đơn vị hành chính mới.""",
    [("1670/NQ-UBTVQH15",None)])

add("https://thachkim.locha.hatinh.gov.vn/vi/news/cai-canh-hanh-chinh/ke-hoach-chuyen-doi-so-va-dam-bao-an-toan-thong-tin-mang-tren-dia-ban-xa-thach-kim-58.html",
    "commune portal (xã Thạch Kim): a commune plan's Căn cứ list run into one paragraph, Prime Minister's decisions, a provincial Party resolution, words glued ('vềphê duyệt')",
    """I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng năm 2030; - Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ vềphê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đếnnăm 2030; - Quyết định số 146/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ về phê duyệt Đề án "Nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"; - Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ về phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030; - Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia; - Quyết định số 964/QĐ-TTg ngày 10/8/2022 của Thủ tướng Chính phủ về phê duyệt Chiến lược An toàn, An ninh mạng quốc gia, chủ động ứng phó với các thách thức từ không gian mạng đến năm 2025, tầm nhìn 2030; - Nghị quyết số 05-NQ/TU ngày 22/10/2021 của Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh về tập trung lãnh đạo, chỉ đạo chuyển đổi số tỉnh Hà Tĩnh giai đoạn 2021-2025, tầm nhìn đến năm 2030; - Quyết định số 424/QĐ-UBND ngày 18/02/2022 của UBND tỉnh Hà Tĩnh về phê duyệt Đề án “Chuyển đổi số trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021-2025”;""",
    [("749/QĐ-TTg","2020-06-03"),("942/QĐ-TTg","2021-06-15"),("146/QĐ-TTg","2022-01-28"),("411/QĐ-TTg","2022-03-31"),("505/QĐ-TTg","2022-04-22"),("964/QĐ-TTg","2022-08-10"),("05-NQ/TU","2021-10-22"),("424/QĐ-UBND","2022-02-18")], ocr=True)

add("https://hethongphapluat.com/quyet-dinh-1811-qd-ubnd-nam-2020-ve-ke-hoach-thuc-hien-so-hoa-du-lieu-ho-tich-lich-su-tren-dia-ban-tinh-nghe-an-vao-co-so-du-lieu-ho-tich-dien-tu-toan-quoc.html",
    "provincial decision: header as a text table, a three-ministry joint circular whose issuer holds '&' ('TTLT-BTC-BKH&ĐT-BTTTT'), a ministry's decision and letter, a department's submission",
    """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1811/QĐ-UBND | Nghệ An, ngày 09 tháng 6 năm 2020 |
ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/06/2015;
Căn cứ Luật Hộ tịch ngày 20/11/2014;
Căn cứ Thông tư số 194/2012/TT-BTC ngày 15/11/2012 của Bộ Tài chính hướng dẫn mức chi tạo lập thông tin điện tử nhằm duy trì hoạt động thường xuyên của cơ quan, đơn vị sử dụng ngân sách nhà nước;
Căn cứ Thông tư liên tịch số 19/2012/TTLT-BTC-BKH&ĐT-BTTTT ngày 15/02/2012 của Bộ Tài chính, Bộ Kế hoạch & đầu tư, Bộ Thông tin và Truyền thông hướng dẫn quản lý và sử dụng kinh phí thực hiện Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước;
Căn cứ Quyết định số 2173/QĐ-BTP ngày 11/12/2015 của Bộ Tư pháp về việc phê duyệt Đề án “Cơ sở dữ liệu hộ tịch điện tử toàn quốc”;
Căn cứ Công văn số 1473/BTP-CNTT ngày 25/4/2019 của Bộ Tư pháp hướng dẫn số hóa Sổ hộ tịch;
Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 559/TTr-STP ngày 25/5/2020.""",
    [("1811/QĐ-UBND","2020-06-09"),("194/2012/TT-BTC","2012-11-15"),("19/2012/TTLT-BTC-BKH&ĐT-BTTTT","2012-02-15"),("2173/QĐ-BTP","2015-12-11"),("1473/BTP-CNTT","2019-04-25"),("559/TTr-STP","2020-05-25")], ocr=True)

add("https://nhansu.vn/van-ban-phap-luat/Ke-hoach-142-KH-UBND-2025-De-an-nang-cao-hieu-qua-hoat-dong-thong-tin-co-so-Ninh-Binh-2025-2030-684433.html",
    "provincial plan after the 2025 merger: page title, metadata as '|' table rows, header cells, Prime Minister's decisions (2020, 2025)",
    """Kế hoạch 142/KH-UBND năm 2025 thực hiện Đề án nâng cao hiệu quả hoạt động thông tin cơ sở dựa trên ứng dụng công nghệ thông tin trên địa bàn tỉnh Ninh Bình giai đoạn 2025 - 2030
| Số hiệu | 142/KH-UBND |
| Ngày ban hành | 27/11/2025 |
| Ngày có hiệu lực | 27/11/2025 |
| Loại văn bản | Kế hoạch |
| Cơ quan ban hành | Tỉnh Ninh Bình |
| Người ký | Trần Song Tùng |
| Lĩnh vực | Công nghệ thông tin |
|
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
|
Số: 142/KH-UBND |
Ninh Bình, ngày 27 tháng 11 năm 2025 |
Thực hiện Quyết định số 135/QĐ-TTg ngày 20/01/2020 của Thủ tướng Chính phủ phê duyệt Đề án nâng cao hiệu quả hoạt động thông tin cơ sở dựa trên ứng dụng công nghệ thông tin (Đề án); Quyết định số 759/QĐ-TTg ngày 14/4/2025 phê duyệt Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp. Ủy ban nhân dân tỉnh Ninh Bình xây dựng Kế hoạch triển khai thực hiện Đề án với các nội dung sau:""",
    [("142/KH-UBND","2025-11-27"),("142/KH-UBND","2025-11-27"),("142/KH-UBND","2025-11-27"),("135/QĐ-TTg","2020-01-20"),("759/QĐ-TTg","2025-04-14")])

add("http://c1nghiathangtn.quangngai.edu.vn/dai-hoi-cong-doan-co-so-truong-tieu-hoc-nghia-thang-nhiem-ky-2023-2028.html",
    "primary school's trade union news: a district labour federation's plan and guidance (KH-LĐLĐ, HD-LĐLĐ), double spaces before 'về'",
    """ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC NGHĨA THẮNG NHIỆM KỲ 2023 – 2028

Lượt xem:

Đọc bài viết

Thực hiện Kế hoạch số 55/KH-LĐLĐ ngày 01/4/2022  về  tổ chức đại hội công đoàn cấp cơ sở tiến tới Đại hội Công đoàn huyện Tư Nghĩa lần thứ IX, nhiệm kỳ 2023 – 2028 và Hướng dẫn số 112/HD-LĐLĐ ngày 07/6/2022 của Ban Thường vụ LĐLĐ huyện về hướng dẫn Công tác nhân sự đại hội công đoàn cơ sở và Đại hội IX Công đoàn huyện Tư Nghĩa, nhiệm kỳ 2023-2028.""",
    [("55/KH-LĐLĐ","2022-04-01"),("112/HD-LĐLĐ","2022-06-07")])

add("https://hieuluat.vn/hinh-su/thong-tu-lien-tich-05-2018-ttlt-bca-vksndtc-tandtc-bo-cong-an-283ab.html",
    "joint circular of the Ministry of Public Security, the Procuracy and the Court: page title, metadata fields glued to the next label ('…-TANDTCNgày đăng công báo:15/07/2018', a gazette date that is not the issue date)",
    """Thông tư liên tịch 05/2018/TTLT-BCA-VKSNDTC-TANDTC phối hợp thông báo, gửi, cung cấp thông tin, tài liệu liên quan đến người phạm tội

  • Thuộc tính văn bản

    Cơ quan ban hành:Bộ Công an, Viện kiểm sát nhân dân tối cao, Toà án nhân dân tối caoSố công báo:777&778-07/2018
    Số hiệu:05/2018/TTLT-BCA-VKSNDTC-TANDTCNgày đăng công báo:15/07/2018
    Loại văn bản:Thông tư liên tịchNgười ký:Lê Quý Vương, Lê Hữu Thể, Nguyễn Trí Tuệ
    Ngày ban hành:25/06/2018Hết hiệu lực:01/07/2023
    Áp dụng:08/08/2018Tình trạng hiệu lực:Hết Hiệu lực
    Lĩnh vực:Hình sự
  • BỘ CÔNG AN - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO
    --------

    Số: 05/2018/TTLT-BCA-VKSNDTC-TANDTC

    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    ---------------

    Hà Nội, ngày 25 tháng 6 năm 2018""",
    [("05/2018/TTLT-BCA-VKSNDTC-TANDTC","2018-06-25"),("05/2018/TTLT-BCA-VKSNDTC-TANDTC","2018-06-25"),("05/2018/TTLT-BCA-VKSNDTC-TANDTC","2018-06-25")])

add("https://thuvienphapluat.vn/van-ban/trach-nhiem-hinh-su/Thong-tu-lien-tich-04-2013-TTLT-BCA-BQP-TANDTC-VKSNDTC-trich-xuat-pham-nhan-194636.aspx",
    "four-party joint circular (police, defence, court, procuracy): metadata line and header",
    """Số hiệu: 04/2013/TTLT-BCA-BQP-TANDTC-VKSNDTC Loại văn bản: Thông tư liên tịch
Nơi ban hành: Bộ Công An, Bộ Quốc phòng, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao Người ký: Đặng Quang Phương, Lê Quý Vương, Nguyễn Thành Cung, Nguyễn Hải Phong
Ngày ban hành: 30/05/2013 Ngày hiệu lực: Đã biết
Ngày công báo: Đã biết Số công báo: Đã biết
Tình trạng: Đã biết

BỘ CÔNG AN - BỘ QUỐC PHÒNG - TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 04/2013/TTLT-BCA-BQP-TANDTC-VKSNDTC

Hà Nội, ngày 30 tháng 05 năm 2013""",
    [("04/2013/TTLT-BCA-BQP-TANDTC-VKSNDTC","2013-05-30"),("04/2013/TTLT-BCA-BQP-TANDTC-VKSNDTC","2013-05-30")])

add("https://lawnet.vn/vb/Thong-tu-lien-tich-03-2023-TTLT-BCA-VKSNDTC-TANDTC-phoi-hop-gui-thong-tin-nguoi-pham-toi-8A47D.html",
    "joint circular page: title, metadata on one line and again field by field, header",
    """LawNet .vn

Thông tư liên tịch 03/2023/TTLT-BCA-VKSNDTC-TANDTC quy định về phối hợp thông báo hoặc gửi, cung cấp thông tin, tài liệu liên quan đến người phạm tội do Bộ trưởng Bộ Công an - Viện trưởng Viện kiểm sát nhân dân tối cao - Chánh án Tòa án nhân dân tối cao ban hành

Số hiệu: 03/2023/TTLT-BCA-VKSNDTC-TANDTC Loại văn bản: Thông tư liên tịch
Nơi ban hành: Bộ Công An Người ký: Nguyễn Trí Tuệ
Ngày ban hành: 12/05/2023 Ngày hiệu lực: Đã biết
Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật
Tình trạng: Đã biết
Số hiệu: 03/2023/TTLT-BCA-VKSNDTC-TANDTC
Loại văn bản: Thông tư liên tịch
Nơi ban hành: Bộ Công An
Người ký: Nguyễn Trí Tuệ
Ngày ban hành: 12/05/2023
Ngày hiệu lực: Đã biết
Ngày công báo: Đang cập nhật
Số công báo: Đang cập nhật
Tình trạng: Đã biết

BỘ CÔNG AN - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 03/2023/TTLT-BCA-VKSNDTC-TANDTC

Hà Nội, ngày 12 tháng 5 năm 2023""",
    [("03/2023/TTLT-BCA-VKSNDTC-TANDTC","2023-05-12"),("03/2023/TTLT-BCA-VKSNDTC-TANDTC","2023-05-12"),("03/2023/TTLT-BCA-VKSNDTC-TANDTC","2023-05-12"),("03/2023/TTLT-BCA-VKSNDTC-TANDTC","2023-05-12")])

add("https://hethongphapluat.com/thong-tu-lien-tich-01-2011-ttlt-tandtc-bqp-bnv-huong-dan-phap-lenh-tham-phan-va-hoi-tham-toa-an-nhan-dan-phap-lenh-tham-phan-va-hoi-tham-toa-an-nhan-dan-sua-doi-do-toa-an-nhan-dan-toi-cao-bo-quoc-phong-bo-noi-vu-ban-hanh.html",
    "joint circular of the Supreme Court, Defence and Home Affairs: header, decrees dated in words",
    """TÒA ÁN NHÂN DÂN TỐI CAO
BỘ QUỐC PHÒNG - BỘ NỘI VỤ
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
----------------

Số: 01/2011/TTLT-TANDTC-BQP-BNV

Hà Nội, ngày 20 tháng 10 năm 2011

 

THÔNG TƯ LIÊN TỊCH

VỀ VIỆC HƯỚNG DẪN THI HÀNH MỘT SỐ QUY ĐỊNH CỦA PHÁP LỆNH THẨM PHÁN VÀ HỘI THẨM TÒA ÁN NHÂN DÂN; PHÁP LỆNH SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA PHÁP LỆNH THẨM PHÁN VÀ HỘI THẨM TÒA ÁN NHÂN DÂN

Căn cứ Luật Ban hành văn bản quy phạm pháp luật;

Căn cứ Luật tổ chức Tòa án nhân dân;

Căn cứ Pháp lệnh Thẩm phán và Hội thẩm Tòa án nhân dân; Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Thẩm phán và Hội thẩm Tòa án nhân dân;

Căn cứ Nghị định số 48/2008/NĐ-CP ngày 17 tháng 4 năm 2008 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;

Căn cứ Nghị định số 104/2008/NĐ-CP ngày 16 tháng 9 năm 2008 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Quốc phòng;""",
    [("01/2011/TTLT-TANDTC-BQP-BNV","2011-10-20"),("48/2008/NĐ-CP","2008-04-17"),("104/2008/NĐ-CP","2008-09-16")], ocr=True)

add("https://hocluat.vn/trieu-tap-dieu-tra-vien-den-phien-toa-tai-bo-luat-to-tung-hinh-su-2015/",
    "law-study article: a Politburo resolution written in the State form ('49/NQ-TW')",
    """Nghị quyết số 49/NQ-TW ngày 02/6/2005 của Bộ Chính trị về chiến lược cải cách tư pháp đến năm 2020 nhấn mạnh việc nâng cao chất lượng tranh tụng tại các phiên tòa xét xử, coi đây là khâu đột phá của hoạt động tư pháp.""",
    [("49-NQ/TW","2005-06-02")])

add("https://hethongphapluat.vn/thong-tu-lien-tich-01-2005-ttlt-vkstc-tatc-bca-bqp-huong-dan-cong-tac-thong-ke-hinh-su-thong-ke-toi-pham-do-vien-kiem-sat-nhan-dan-toi-cao-toa-an-nhan-dan-toi-cao-bo-cong-an-bo-quoc-phong-ban-hanh.html",
    "joint circular of the Procuracy, Court, police and defence: header as a text table",
    """VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 01/2005/TTLT-VKSTC-TATC-BCA-BQP | Hà Nội, ngày 01 tháng 07 năm 2005 |
Để thi hành đúng và thống nhất các quy định của pháp luật trong công tác thống kê hình sự, thống kê tội phạm (sau đây viết tắt là TKHS, TKTP), Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao, Bộ Công an và Bộ Quốc phòng thống nhất hướng dẫn thực hiện như sau:""",
    [("01/2005/TTLT-VKSTC-TATC-BCA-BQP","2005-07-01")])

add("https://123docz.net/document/5053106-huong-dan-tieu-chuan-va-quy-trinh-xet-cho-n-ho-nong-dan-san-xuat-kinh-doanh-gioi-cac-cap.htm",
    "provincial Farmers' Union guidance (mass organisation): a flattened Party-style header ('Số 09-HD/HNDT' then the place-date line), the central Union's regulation with 'số …, ngày'",
    """HỘI NÔNG DÂN VIỆT NAM
BCH HND TỈNH ĐỒNG THÁP
*
Số 09-HD/HNDT
Cao Lãnh, ngày 12 tháng 3 năm 2015
HƯỚNG DẪN
tiêu chuẩn và quy trình xét chọn hộ nông dân sản xuất,
kinh doanh giỏi các cấp
-Căn cứ Quy định số 944-QĐ/HNDTW, ngày 04 tháng 9 năm 2014 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam, về việc quy định tiêu chuẩn hộ nông dân sản xuất, kinh doanh giỏi các cấp""",
    [("09-HD/HNDT","2015-03-12"),("944-QĐ/HNDTW","2014-09-04")], ocr=True)

add("https://www.lingo.vn/luat/van_ban_ubnd/1711317641995465",
    "legal site's title: a provincial decision followed by the province and the year only",
    """Quyết định 4207/QĐ-UBND Nghệ An 2023 TTHC lĩnh vực nuôi con nuôi""",
    [("4207/QĐ-UBND",None)])

add("https://vnba.org.vn/en/hashtag/state-bank-of-vietnam-decision-no--42-qd-ttgsnh2-54376",
    "banking association's English tag page: a State Bank inspectorate decision whose issuer ends in a digit ('TTGSNH2')",
    """State Bank of Vietnam Decision No. 42/QĐ-TTGSNH2""",
    [("42/QĐ-TTGSNH2",None)])

add("https://lingo.vn/luat/van_ban_hop_nhat/1710438107466710",
    "legal site's title: a State Bank consolidated text (VBHN-NHNN) followed by its year",
    """Văn bản hợp nhất 27/VBHN-NHNN 2023 Thông tư hướng dẫn quy trình chuyển đổi ngoại tệ""",
    [("27/VBHN-NHNN",None)])

add("http://nongthonmoihatinh.vn/vi/news/savefile/Huyen-Duc-Tho-194/Cong-bo-QD-ve-sap-nhap-21-xa-huyen-Duc-Tho-103802/",
    "rural-development site on a district's commune merger: a Standing Committee resolution written with spaces and a misspelt issuer ('819/NQ – UVBTVQH 14')",
    """Công bố QĐ về sáp nhập 21 xã huyện Đức Thọ

Công bố QĐ về sáp nhập 21 xã huyện Đức Thọ
Sáng ngày 01/01, ngày đầu tiên của năm mới 2020, Ban chấp hành Đảng bộ huyện Đức Thọ tổ chức lễ công bố Nghị Quyết số 819/NQ – UVBTVQH 14, và các Quyết định của Huyện ủy thành lập Đảng bộ, tổ chức bộ máy các xã sáp nhập. Đồng chí Lê Đình Sơn ủy viên BCH TW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, cùng các đ/c trong BTV Tỉnh ủy, lãnh đạo các Sở, ban, ngành cấp Tỉnh đã tới dự.""",
    [("819/NQ-UVBTVQH14",None)])

add("https://trolyluat.vn/van-ban/thong-tu-242024tt-nhnn-34224",
    "legal assistant site's page of a State Bank circular: metadata as '|' table cells with the issue date and the effect date on two rows, a summary naming the amended circular",
    """Thông tư 24/2024/TT-NHNN sửa đổi Thông tư 33/2015/TT-NHNN quy định các tỷ lệ bảo đảm an toàn trong hoạt động của tổ chức tài chính vi mô do Thống đốc Ngân hàng Nhà nước Việt Nam ban hành mới nhất
Số hiệu | 24/2024/TT-NHNN | Ngày ban hành | 28/06/2024 |
Loại văn bản | Thông tư | Ngày có hiệu lực | 01/07/2024 |
Nguồn thu thập | bản gốc | Ngày đăng công báo | |
Ban hành bởi | |||
Cơ quan: | Ngân hàng Nhà nước Việt Nam | Tên/Chức vụ người ký | Đào Minh Tú / Phó Thống đốc |
Phạm vi: | Toàn quốc | Trạng thái | Còn hiệu lực |
Lý do hết hiệu lực: | Ngày hết hiệu lực |
Tóm tắt
Thông tư 24/2024/TT-NHNN được ban hành nhằm sửa đổi, bổ sung một số điều của Thông tư 33/2015/TT-NHNN, quy định về các tỷ lệ bảo đảm an toàn trong hoạt động của tổ chức tài chính vi mô.""",
    [("24/2024/TT-NHNN","2024-06-28"),("33/2015/TT-NHNN",None),("24/2024/TT-NHNN","2024-06-28"),("24/2024/TT-NHNN","2024-06-28"),("33/2015/TT-NHNN",None)])

add("https://hethongphapluat.com/quyet-dinh-18-2024-qd-ttg-quy-dinh-chuc-nang-nhiem-vu-quyen-han-va-co-cau-to-chuc-cua-co-quan-thanh-tra-giam-sat-ngan-hang-truc-thuoc-ngan-hang-nha-nuoc-viet-nam-do-thu-tuong-chinh-phu-ban-hanh.html",
    "Prime Minister's decision on the State Bank's inspectorate: a list of related documents whose item numbers are glued to the type word ('- 2Nghị định 26/2014/NĐ-CP'), header as a text table",
    """- 1Luật Ngân hàng Nhà nước Việt Nam 2010
- 2Nghị định 26/2014/NĐ-CP về tổ chức và hoạt động của Thanh tra, giám sát ngành Ngân hàng
- 3Luật tổ chức Chính phủ 2015
- 4Nghị định 123/2016/NĐ-CP quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ, cơ quan ngang Bộ
- 5Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương sửa đổi 2019
- 6Nghị định 43/2019/NĐ-CP sửa đổi Nghị định 26/2014/NĐ-CP về tổ chức và hoạt động của Thanh tra, giám sát ngành Ngân hàng
- 7Nghị định 101/2020/NĐ-CP về sửa đổi Nghị định 123/2016/NĐ-CP quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của bộ, cơ quan ngang bộ
- 8Luật Thanh tra 2022
- 9Nghị định 102/2022/NĐ-CP quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ngân hàng Nhà nước Việt Nam
- 10Luật Các tổ chức tín dụng 2024
- 11Nghị định 146/2024/NĐ-CP sửa đổi Nghị định 102/2022/NĐ-CP quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ngân hàng Nhà nước Việt Nam và Nghị định 26/2014/NĐ-CP về tổ chức và hoạt động của Thanh tra, giám sát ngành Ngân hàng đã được sửa đổi tại Nghị định 43/2019/NĐ-CP
THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 18/2024/QĐ-TTg | Hà Nội, ngày 06 tháng 11 năm 2024 |""",
    [("26/2014/NĐ-CP",None),("123/2016/NĐ-CP",None),("43/2019/NĐ-CP",None),("26/2014/NĐ-CP",None),("101/2020/NĐ-CP",None),("123/2016/NĐ-CP",None),("102/2022/NĐ-CP",None),("146/2024/NĐ-CP",None),("102/2022/NĐ-CP",None),("26/2014/NĐ-CP",None),("43/2019/NĐ-CP",None),("18/2024/QĐ-TTg","2024-11-06")])
