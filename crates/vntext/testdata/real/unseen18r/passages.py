# Passages of unseen18r (copied from stored public pages and public GitHub files; see SOURCES.md), with labels.
# ocr=True: rendered to a PNG by ../render_ocr.py and put into refs.jsonl as tesseract's output.
P = []
def add(url, kinds, text, expect, ocr=False):
    P.append(dict(source=url, kinds=kinds, text=text, expect=[dict(symbol=s, date=d) for s, d in expect], ocr=ocr))

add("http://baonamdinh.vn/channel/5083/202003/tien-hanh-dai-hoi-dang-bo-cac-cap-dang-uy-cong-an-tinh-day-nhanh-tien-do-dai-hoi-dang-bo-chi-bo-truc-thuoc-2536288/",
    "provincial paper on the provincial Police Party committee (Đảng ủy Công an tỉnh): its plan KH/ĐUCA without date, deadlines in the same sentence",
    """Đảng bộ Công an tỉnh hiện có 64 chi bộ trực thuộc 27 tổ chức cơ sở đảng. Đến giữa tháng 3 năm 2020, Đảng bộ Công an tỉnh đã có 62/64 chi bộ trực thuộc các đảng bộ cơ sở tiến hành đại hội nhiệm kỳ 2020-2022. Đến nay đã có 2 tổ chức cơ sở đảng trực thuộc đã tiến hành đại hội nhiệm kỳ 2020-2025 gồm: Chi bộ Phòng An ninh chính trị nội bộ; Đảng bộ Phòng Công tác Đảng và Công tác chính trị.

Nhằm đẩy nhanh tiến độ, đồng thời bảo đảm chất lượng tổ chức đại hội đảng bộ các cấp, Đảng ủy Công an tỉnh đã ban hành Kế hoạch số 71-KH/ĐUCA; trong đó các chi bộ thuộc đảng bộ cơ sở hoàn thành trước ngày 30-3-2020; đại hội các tổ chức cơ sở đảng trực thuộc bắt đầu từ tháng 4, hoàn thành trước ngày 30-6-2020; Đại hội đại biểu Đảng bộ Công an tỉnh hoàn thành trước ngày 31-8-2020./.""",
    [("71-KH/ĐUCA", None)])

add("http://www.vinataba.com.vn/default.aspx?page=news&do=detail&category_id=43&menu_id=4&id=716",
    "enterprise Party committee's political report (Tổng công ty Thuốc lá): a Government resolution with 'Nghị quyết 15/NQ-CP ngày', a Prime Minister's decision without date",
    """Trong thời gian tới, Đảng ủy Tổng công ty đánh giá hoạt động của Tổng công ty có những thuận lợi, đó là:

- Đối với Đảng bộ Tổng công ty Thuốc lá Việt nam, việc luôn nhận được sự chỉ đạo, hỗ trợ to lớn của Đảng ủy khối Doanh nghiệp Trung ương, Bộ Công Thương và việc mô hình tổ chức đảng được thống nhất trong toàn Tổng công ty giúp cho việc gắn kết công tác xây dựng Đảng với lãnh đạo nhiệm vụ sản xuất kinh doanh, công tác cán bộ, phù hợp với mô hình quản lý trong Tổng công ty là thuận lợi cơ bản trong hoạt động của Đảng bộ Tổng công ty.

- Định hướng cổ phần hóa doanh nghiệp theo Nghị quyết 15/NQ-CP ngày 06/3/2014 và Quyết định 37/2014/QĐ-TTg của Chính phủ. Chính phủ ngày càng quan tâm đẩy mạnh hoạt động phòng ngừa, ngăn chặn buôn lậu, vận chuyển, tàng trữ, buôn bán thuốc lá điếu ngoại nhập lậu, bảo vệ ngành sản xuất trong nước, tránh thất thu ngân sách Nhà nước và tạo công ăn việc làm cho người lao động.""",
    [("15/NQ-CP", "2014-03-06"), ("37/2014/QĐ-TTg", None)])

add("https://phunutinh.thaibinh.gov.vn/vb-cua-hoi/ke-hoach-xay-dung-gia-dinh-viet-nam-am-no-hanh-phuc-tien-bo-van-minh-xay-dung-moi-truong-an-toan-ch-93.html",
    "provincial Women's Union plan (Hội LHPN tỉnh, mass organisation): a list of laws by name, a Secretariat directive with 'số …-CT/TW ngày'",
    """1. Công tác tuyên truyền, giáo dục nâng cao kiến thức về gia đình
- Tiếp tục tuyên truyền, phổ biến Luật Hôn nhân và Gia đình năm 2014; Luật Bình đẳng giới; Luật Phòng, chống bạo lực gia đình năm 2022; Luật Phòng, chống mua bán người; Luật Trẻ em năm 2016; Bộ Luật Dân sự năm 2015, Bộ Luật Hình sự năm 2015(sửa đổi, bổ sung); Luật Bảo hiểm xã hội, Luật Bảo hiểm Y tế; Luật Phòng chống HIV/AIDS; Pháp lệnh Dân số; Chỉ thị số 06-CT/TW ngày 24/6/2021 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác xây d""",
    [("06-CT/TW", "2021-06-24")])

add("https://vanban123.vn/Quyet-dinh/quyet-dinh-2130-2008-qd-ubnd-ban-hanh-quy-dinh-to-chuc-va-hoat-dong-cua-hoi-dong-ky-luat-can-bo-cong-chuc-xa-phuong-thi-tran-do-tinh-phu-tho-ban-hanh-233569",
    "provincial decision on commune officials' discipline councils: header as a text table ('|' cells), a department's submission dated in words, a replaced decision with its date",
    """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 2130/2008/QĐ-UBND | Việt Trì, ngày 31 tháng 7 năm 2008 |
QUYẾT ĐỊNH
VỀ BAN HÀNH QUY ĐỊNH TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG KỶ LUẬT CÁN BỘ, CÔNG CHỨC XÃ, PHƯỜNG, THỊ TRẤN
ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 406/TTr-SNV ngày 11 tháng 7 năm 2008,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này quy định tổ chức và hoạt động của Hội đồng kỷ luật cán bộ, công chức xã, phường, thị trấn thuộc tỉnh Phú Thọ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định 3368/2004/QĐ-UB ngày 03 tháng 11 năm 2004 của UBND tỉnh Phú Thọ về việc ban hành quy định về thành phần và quy chế hoạt động của Hội đồng kỷ luật đối với công chức xã, phường, thị trấn.""",
    [("2130/2008/QĐ-UBND", "2008-07-31"), ("406/TTr-SNV", "2008-07-11"), ("3368/2004/QĐ-UB", "2004-11-03")], ocr=True)

add("https://quangphu.thoxuan.thanhhoa.gov.vn/web/trang-chu/tin-tuc-su-kien/xay-dung-dang/chi-bo-17-dang-bo-xa-quang-phu-to-chuc-dai-hoi-diem-chi-bo-nhiem-ky-2022-2025.html",
    "commune portal on a village Party cell's congress: the commune Party committee's plan with 'số …-KH/ĐU, ngày'",
    """Chi bộ 17 đảng bộ xã Quảng Phú tổ chức đại hội điểm chi bộ nhiệm kỳ 2022-2025
Chi bộ thôn 17 xã Quảng Phú tiến hành đại hội điểm chi bộ nhiệm kỳ 2022-2025
Thực hiện Kế hoạch số 33-KH/ĐU, ngày 22/4/2022 của Đảng uỷ xã Quảng Phú về việc tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2022-2025; Sau một thời gian chuẩn bị tích cực, đảm bảo chặt chẽ các quy trình theo nguyên tắc Điều lệ Đảng và hướng dẫn tổ chức Đại hội chi bộ của cấp trên.
Chiều ngày 20/5/2022, chi bộ Thôn 17 xã Quảng Phú long trọng tổ chức Đại hội chi bộ nhiệm kỳ 2022 2025. Về dự và chỉ đạo đại hội điểm tại chi bộ thôn 17 xã Quảng Phú.""",
    [("33-KH/ĐU", "2022-04-22")])

add("https://hethongphapluat.vn/nghi-quyet-06b-nq-tld-nam-2015-ve-nang-cao-chat-luong-hieu-qua-hoat-dong-uy-ban-kiem-tra-cong-doan-do-tong-lien-doan-lao-dong-viet-nam-ban-hanh.html",
    "Vietnam General Confederation of Labour resolution (mass organisation's inspection commissions): a number with a letter and a space before the slash ('06b /NQ-TLĐ'), a meeting's dates that are not the issue date",
    """TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 06b /NQ-TLĐ

Hà Nội, ngày 03 tháng 8 năm 2015

NGHỊ QUYẾT
HỘI NGHỊ LẦN THỨ 6 BAN CHẤP HÀNH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM KHÓA XI

VỀ NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ HOẠT ĐỘNG ỦY BAN KIỂM TRA CÔNG ĐOÀN

Hội nghị lần thứ 6 Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam (Khóa XI) họp ngày từ 02 đến 03 tháng 7 năm 2015, tại Hà Nội, đã thảo luận và thông qua Nghị quyết về nâng cao chất lượng, hiệu quả hoạt động ủy ban kiểm tra công đoàn.""",
    [("06b/NQ-TLĐ", "2015-08-03")], ocr=True)

add("http://tuoitregiongrieng.com/14734",
    "district Youth Union site: a commune Youth Union's activity under the district Youth Union's plan ('Kế hoạch số: …-KH/ĐTN ngày')",
    """Căn cứ Kế hoạch số: 29-KH/ĐTN ngày 26/02/2023 của Ban Chấp hành huyện Đoàn về việc tổ chức “Ngày chủ nhật xanh” năm 2023.
Sáng ngày 17 tháng 9 năm 2023 Xã đoàn Ngọc Thuận tổ chức ra quân " Ngày chủ nhật xanh" làn thứ IV năm 2023. Qua đó đã tổ chức trồng 100 cây bông trang tuyến đường ấp Ngọc Vinh. Tham gia hoạt động trên có 12 đoàn viên tham gia.
Tác giả: Hà Kim Phụng""",
    [("29-KH/ĐTN", "2023-02-26")])

add("http://tuoitregiongrieng.com/15345",
    "district Youth Union site: a commune Youth Union's own plan ('kế hoạch số: …-KH/ĐTN, ngày')",
    """Căn cứ chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024 của xã Đoàn Ngọc Thành; Thực hiện kế hoạch số: 37-KH/ĐTN, ngày 27/02/2024 của Ban thường vụ xã Đoàn Ngọc Thành về việc “Tổ chức Tháng Thanh niên năm 2024.
Sáng ngày 14/03/2024 tại ấp Ngọc Trung, Ban chỉ đạo Tháng thanh niên tiếp tục thực hiện công trình phần việc trong tháng thanh niên năm 2024. Qua đó, tổ chức đỗ mố cầu GTNT ấp Ngọc Trung tham gia hoạt động trên có 8 ĐVTN tham gia.
Tác giả: Nguyễn Kim Lăng""",
    [("37-KH/ĐTN", "2024-02-27")])

add("http://huyendoanthoxuan.vn/index.php?dnt=%2Fview%2Fpost%2F&post=544",
    "district Youth Union site: the number glued to the type ('09KH/ĐTN'), lines broken inside the sentence",
    """Thực
hiện chương trình công tác năm 2013 của BCH Đoàn xã Xuân Tân; Kế hoạch số
09KH/ĐTN ngày 22/02/2013 của BCH Huyện Đoàn Thọ Xuân về “Tổ chức hành động
Tháng thanh niên năm 2013”, thiết thực chào mừng kỷ niệm 82 năm ngày thành lập
Đoàn (26/3/1931 - 26/3/2013). Chiều ngày 02/3/2013 BCH Đoàn xã Xuân Tân tổ chức
lễ ra quân " Tháng Thanh niên năm 2013".""",
    [("09-KH/ĐTN", "2013-02-22")])

add("http://binhthuancpv.org.vn/Index.aspx?ID=24281&CatID=164",
    "provincial Party committee's portal (mass mobilisation board news): a letter dated before it ('ngày …, Ban Thường vụ Tỉnh ủy ban hành Công văn số …-CV/TU'), a Prime Minister's directive with ', ngày'",
    """Ban Thường vụ Tỉnh ủy chỉ đạo việc sơ kết thực hiện "Ngày Biên phòng toàn dân", giai đoạn 2009 - 2019

28.3.2018 - 10:18

Nhằm lựa chọn, khen thưởng những tập thể, cá nhân có thành tích xuất sắc trong xây dựng, quản lý và bảo vệ chủ quyền an ninh khu vực biên giới biển, đảo của tỉnh.

    Thực hiện chủ trương của Ban Bí thư Trung ương Đảng; ngày 16/3/2018, Ban Thường vụ Tỉnh ủy ban hành Công văn số 1124-CV/TU về tổ chức kỷ niệm 60 năm Ngày truyền thống Bộ đội Biên phòng và 30 năm "Ngày Biên phòng toàn dân".

    Theo đó, Ban Thường vụ Tỉnh ủy yêu cầu Ủy ban nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội tỉnh; các sở, ban, ngành; cấp ủy, chính quyền các huyện, thị xã, thành phố tập trung tổ chức triển khai việc sơ kết thực hiện "Ngày Biên phòng toàn dân", giai đoạn 2009-2019 theo Chỉ thị số 42/CT-TTg, ngày 22/11/2017 của Thủ tướng Chính phủ; qua đó, lựa chọn, khen thưởng theo thẩm quyền những tập thể, cá nhân có thành tích xuất sắc trong xây dựng, quản lý và bảo vệ chủ quyền an ninh khu vực biên giới biển, đảo của tỉnh.""",
    [("1124-CV/TU", "2018-03-16"), ("42/CT-TTg", "2017-11-22")])

add("http://mn-ductu.violet-download.vn/",
    "kindergarten's site: the school trade union's congress under the district labour federation's plan (mass organisation)",
    """Thực hiện Kế hoạch số 09/KH-LĐLĐ ngày 28/02/2017 của LĐLĐ Huyện Đông Anh về kế hoạch tổ chức đại hội công đoàn cơ sở tiến tới ĐH công đoàn Huyện Đông Anh lần thứ X. Ngày 11/10/2017 trường mầm non Dục Tú tổ chức Đại hội Công đoàn nhiệm kỳ 2017-2022.""",
    [("09/KH-LĐLĐ", "2017-02-28")])

ARMY = "GitHub file of an army regiment's Party-cell secretaries' contest questions (TypeScript; the index names neither repository nor path: find_string id 66104632281)"
add("github:find_string-id:66104632281#q-3..q-8",
    "army unit's Party-cell contest questions (Quân đội): a Defence Ministry circular, a Central Committee regulation, a General Political Department regulation (QC-CT), a Central Military Commission regulation with ', ngày' (QC/QUTW), a decree with its year mistyped in the date, a corps' political office letter (CCT-QC)",
    """PHIẾU SỐ 3
Câu 1: Đồng chí nêu những nội dung cơ bản tại Điều 2 (Tiêu chuẩn chung) trong Thông tư số 06/2025/TT-BQP ngày 26/01/2025 của BQP Quy định về đối tượng, tiêu chuẩn đào tạo cán bộ QĐND Việt Nam? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Trong giờ nghỉ hoặc trên nhóm zalo nội bộ của đơn vị, có một đảng viên thường xuyên phát biểu với nội dung như: "Một số chủ trương của cấp trên không phù hợp với thực tế", "triển khai như vậy chỉ là hình thức". Những phát biểu này khiến một số quần chúng dao động tư tưởng.
PHIẾU SỐ 4
Câu 1: Đồng chí nêu và làm rõ nhiệm vụ công tác kiểm tra, giám sát của chi bộ theo Quy định số 21-QĐ/TW ngày 11/4/2026 của BCHTW? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Trong kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên, cán bộ, QNCN cuối năm, một số đảng viên chỉ tập trung nêu ưu điểm, thành tích, ít đề cập khuyết điểm hoặc nêu rất chung chung; các ý kiến góp ý có biểu hiện nể nang, né tránh.
PHIẾU SỐ 5
Câu 1: Đồng chí hãy nêu các tiêu chuẩn xây dựng đơn vị an toàn, địa bàn an toàn theo Quy chế số 1359/QC-CT ngày 24/9/2009 của TCCT về xây dựng đơn vị an toàn, địa bàn an toàn ở đơn vị cơ sở trong QĐND Việt Nam? Làm rõ tiêu chuẩn 1, tiêu chuẩn 2? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Trước thời điểm bình xét thi đua, chi bộ nhận được đơn thư nặc danh tố cáo một đảng viên giữ chức vụ quản lý có biểu hiện thiếu minh bạch về tài chính. Nội bộ xuất hiện nhiều ý kiến trái chiều, ảnh hưởng đoàn kết đơn vị.
PHIẾU SỐ 6
Câu 1: Đồng chí cho biết Quy chế số 718-QC/QUTW, ngày 05/11/2021 của Quân ủy Trung ương về Công tác dân vận của Quân đội nhân dân Việt Nam xác định phương châm công tác dân vận hiện nay như thế nào? Phân tích các phương châm? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Vợ của một đồng chí cán bộ đại đội trong đơn vị bỏ nhà đi theo tà đạo có nhiều hoạt động mê tín dị đoan, làm cho đồng chí băn khoăn, lo lắng, thiếu yên tâm công tác.
PHIẾU SỐ 7
Câu 1: Đồng chí cho biết theo Điều 3, Nghị định số 27/2016/NĐ-CP ngày 06/4/2026 của Chính phủ: Chế độ nghỉ phép đối với hạ sĩ quan, binh sĩ phục vụ tại ngũ được quy định như thế nào? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Sau cuộc họp chi bộ, một đảng viên đưa nội dung thảo luận nội bộ lên một số nhóm mạng xã hội hoặc trao đổi với người không có trách nhiệm, làm phát sinh dư luận trong đơn vị.
PHIẾU SỐ 8
Câu 1: Đồng chí nêu và phân tích các bước tiến hành thực hiện Mô hình "Tiết kiệm chi tiêu, vì ngày mai lập nghiệp" theo Công văn số 531/CCT-QC ngày 18/3/2025 của CCT Quân đoàn 34 về việc tiếp tục triển khai, thống nhất một số nội dung hoạt động CTĐ&PTTN? Liên hệ thực tiễn?""",
    [("06/2025/TT-BQP", "2025-01-26"), ("21-QĐ/TW", "2026-04-11"), ("1359/QC-CT", "2009-09-24"), ("718-QC/QUTW", "2021-11-05"), ("27/2016/NĐ-CP", "2026-04-06"), ("531/CCT-QC", "2025-03-18")])

add("github:find_string-id:66104632281#q-10..q-13",
    "army unit's Party-cell contest questions: a division political office's guidance (HD-PCT) named twice with ', ngày', a General Political Department guidance dated in words, the Central Military Commission inspection commission's decision (QĐ/UBKT)",
    """PHIẾU SỐ 10
Câu 1: Đồng chí nêu và phân tích các bước sinh hoạt chi bộ thường kỳ theo Hướng dẫn số 12/HD-PCT, ngày 30/01/2026 của Phòng Chính trị Sư đoàn về một số vấn đề về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ Sư đoàn giai đoạn mới? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Một đồng chí trung đội trưởng lập gia đình đã nhiều năm nhưng chưa có con, mặc dù vợ, chồng đã đi chữa trị ở nhiều bệnh viện nhưng chưa có kết quả, nảy sinh tư tưởng thiếu yên tâm công tác.
PHIẾU SỐ 11
Câu 1: Đồng chí cho biết những trường hợp chưa xét thăng quân hàm, nâng lương cơ bản được quy định trong Hướng dẫn số 22/HD-CT ngày 05 tháng 01 năm 2023 được quy định như thế nào? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Trong chi bộ có một đảng viên thường xuyên có thái độ thiếu hợp tác, phát ngôn gây chia rẽ, ảnh hưởng đến các mối quan hệ trong tập thể.
PHIẾU SỐ 12
Câu 1: Đồng chí nêu và làm rõ các bước tiến hành giám sát đảng viên của chi bộ theo Quyết định số 1178-QĐ/UBKT ngày 06/11/2018 của Uỷ ban Kiểm tra Quân uỷ Trung ương? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Một số cán bộ, nhất là cán bộ trẻ có biểu hiện dựa dẫm vào mối quan hệ với cấp trên và người thân, thiếu rèn luyện phấn đấu, giải quyết mối quan hệ cấp trên, cấp dưới, đồng chí, đồng đội không chuẩn mực, gây bất bình trong đơn vị.
PHIẾU SỐ 13
Câu 1: Đồng chí hãy nêu khung tiêu chí đánh giá chất lượng sinh hoạt chi bộ theo Hướng dẫn số 12/HD-PCT, ngày 30/01/2026 của Phòng Chính trị Sư đoàn về một số vấn đề về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ Sư đoàn giai đoạn mới? Liên hệ thực tiễn?""",
    [("12/HD-PCT", "2026-01-30"), ("22/HD-CT", "2023-01-05"), ("1178-QĐ/UBKT", "2018-11-06"), ("12/HD-PCT", "2026-01-30")], ocr=True)

add("github:find_string-id:66104632281#q-15..q-20",
    "army unit's Party-cell contest questions: guidance of the General Political Department and of a regiment's political board, a Defence Ministry consolidated text, a regiment Party committee's plan written in the State form with two slashes ('359/KH/ĐU'), a Prime Minister's decision",
    """PHIẾU SỐ 15
Câu 1: Đồng chí cho biết tiêu chí phát hiện đảng viên có vi phạm cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng (theo Hướng dẫn số 1002/HD-CT ngày 11/6/2021 của Tổng cục Chính trị)? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Một số cấp ủy viên, đảng viên phản ánh dự thảo nghị quyết lãnh đạo thực hiện nhiệm vụ hằng tháng của chi bộ do bí thư chuẩn bị nhưng chưa thông qua chi uỷ; nhiều nội dung đã được quyết định trước, đảng viên cảm thấy việc thảo luận chỉ mang tính hình thức.
PHIẾU SỐ 16
Câu 1: Đồng chí cho biết tại Hướng dẫn số 463/HD-BCT ngày 27/3/2026 của Ban Chính trị Trung đoàn về hướng đánh giá, xếp loại chất lượng đối với cán bộ các cấp trong Trung đoàn quy định khung tiêu chí đánh giá xếp loại chất lượng cụ thể như thế nào? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Chi bộ tổ chức sinh hoạt thường kỳ trong nhiều tháng liên tiếp thời gian sinh hoạt ngắn, chủ yếu là đọc dự thảo báo cáo, dự thảo nghị quyết là chính vì ít đảng viên tham thảo luận.
PHIẾU SỐ 17
Câu 1: Đồng chí hãy nêu các mức bình xét đánh giá đơn vị an toàn và cho biết tiêu chí để đánh giá đơn vị không đạt an toàn theo Quy chế số 1359/QC-CT ngày 24/9/2009 của TCCT? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Chi bộ có một đảng viên thời gian gần đây có biểu hiện làm việc cầm chừng, ngại khó, ngại khổ, thiếu tinh thần trách nhiệm; ít tham gia phát biểu xây dựng tập thể, né tránh nhiệm vụ khó được giao.
PHIẾU SỐ 18
Câu 1: Đồng chí cho biết Văn bản hợp nhất số 22/VBHN-BQP ngày 28/7/2025 của Bộ quốc phòng quy định về thực hiện dân chủ cơ sở trong Quân đội nhân dân Việt Nam xác định hội nghị tập thể quân nhân thực hiện những nội dung gì? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Trong quá trình xem xét kết nạp đảng viên mới, có ý kiến phản ánh hồ sơ của quần chúng A chưa đủ điều kiện về thời gian thử thách, nhưng một số cấp ủy viên đề nghị "linh hoạt" để đủ chỉ tiêu kết nạp trong năm.
PHIẾU SỐ 19
Câu 1: Đồng chí cho biết nội dung kiểm tra nắm tình hình trong Kế hoạch số 359/KH/ĐU ngày 21/3/2026 của Đảng ủy Trung đoàn về thực hiện dân chủ cơ sở trong Trung đoàn năm 2026 gồm những nội dung gì? Liên hệ thực tiễn?

Câu 2: Trên cương vị, chức trách nhiệm vụ được giao đồng chí xử lý tình huống sau: Bố của một đồng chí cán bộ đại đội gần đơn vị thường xuyên gặp gỡ, trao đổi thông tin với một số đối tượng xấu, làm cho SQ, QNCN trong đơn vị nghi ngờ, thiếu tin tưởng chỉ huy.
PHIẾU SỐ 20
Câu 1: Đồng chí cho biết theo Quyết định số 15/2009/QĐ-TTg ngày 21/01/2009 của Thủ tướng Chính phủ, có bao nhiêu nhóm ngành được hưởng đặc thù quân sự, đó là những nhóm ngành nào? Liên hệ thực tiễn?""",
    [("1002/HD-CT", "2021-06-11"), ("463/HD-BCT", "2026-03-27"), ("1359/QC-CT", "2009-09-24"), ("22/VBHN-BQP", "2025-07-28"), ("359-KH/ĐU", "2026-03-21"), ("15/2009/QĐ-TTg", "2009-01-21")])

add("github:find_string-id:68784559419#ngay-chu-nhat-xanh-2026",
    "commune Fatherland Front's posts (MTTQ xã Phong Hải, after the 2025 merger) kept in a GitHub file: a provincial Youth Union letter (CV/TĐTN) with 'số … ngày'",
    """Hướng tới kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026), thực hiện Công văn số 555-CV/TĐTN ngày 20/7/2026 của Ban Thường vụ Tỉnh đoàn Lào Cai về việc triển khai đồng loạt "Ngày Chủ nhật xanh" lần thứ III, năm 2026, Đoàn Thanh niên xã Phong Hải đã tổ chức ra quân vệ sinh môi trường, chỉnh trang khuôn viên Nghĩa trang Liệt sĩ trên địa bàn xã.
💚 Chương trình thu hút trên 50 đoàn viên, thanh niên tham gia với tinh thần hăng hái, trách nhiệm và lòng biết ơn sâu sắc đối với các thế hệ cha anh đã anh dũng hy sinh vì độc lập, tự do của Tổ quốc.""",
    [("555-CV/TĐTN", "2026-07-20")])

add("github:find_string-id:68784559419#khoi-khe",
    "commune Fatherland Front's post: a commune Party committee's resolution (NQ/ĐU of the Ban Thường vụ Đảng ủy xã) without date, a meeting date before it",
    """Chiều ngày 25/6/2026, tại Nhà văn hóa thôn Khởi Khe, Ủy ban Mặt trận Tổ quốc Việt Nam xã Phong Hải đã tổ chức Hội nghị ra mắt mô hình “Ban Công tác Mặt trận, Chi đoàn, Chi hội không ma túy”.
Đến dự và chỉ đạo hội nghị có đồng chí Phạm Văn Viên - Phó Bí thư Thường trực Đảng ủy xã; đồng chí Nguyễn Ngọc Tuấn - Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng; đồng chí Đặng Minh Long - Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Phong Hải; cùng đại diện Công an xã, Ban Chỉ huy Quân sự xã, các tổ chức chính trị - xã hội, cấp ủy chi bộ, Ban Công tác Mặt trận, các chi hội, chi đoàn và đông đảo Nhân dân thôn Khởi Khe.
Việc ra mắt mô hình “Ban Công tác Mặt trận, Chi đoàn, Chi hội không ma túy” tại thôn Khởi Khe là hoạt động thiết thực nhằm cụ thể hóa Nghị quyết số 20-NQ/ĐU của Ban Thường vụ Đảng ủy xã Phong Hải về xây dựng “Xã không ma túy” năm 2026, góp phần phát huy sức mạnh khối đại đoàn kết toàn dân tộc, chung tay xây dựng địa bàn an toàn, văn minh và phát triển bền vững.""",
    [("20-NQ/ĐU", None)], ocr=True)

add("github:find_string-id:68784559419#cuoc-thi-pctn-2026",
    "commune Fatherland Front's post on a provincial contest: a provincial Party scheme (ĐA/TU) without date, a 2018 law by name, contest dates",
    """⏰ Thời gian cuộc thi: Từ 09h00 ngày 22/6/2026 đến 22h00 ngày 12/7/2026.
📌 Cuộc thi được tổ chức trong 03 đợt, mỗi tuần 01 đợt thi.
📚 Nội dung thi tập trung vào:
✅ Các quy định của Đảng, pháp luật của Nhà nước về phòng, chống tham nhũng, lãng phí, tiêu cực;
✅ Luật Phòng, chống tham nhũng năm 2018 và các quy định sửa đổi, bổ sung;
✅ Các văn bản chỉ đạo của Trung ương, của Tỉnh ủy Lào Cai về phòng, chống tham nhũng, lãng phí, tiêu cực;
✅ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ I, nhiệm kỳ 2025–2030; Đề án số 04-ĐA/TU và các văn bản liên quan.""",
    [("04-ĐA/TU", None)])

add("github:find_string-id:20135759500",
    "news on a university branch campus's Party committee (Đảng bộ Phân hiệu ĐHTN), scraped with page script left inside the text: a Party committee's resolution with 'số …-NQ/ĐU ngày'",
    """Xuất phát từ vị trí, vai trò đặc biệt quan trọng đó, trong những năm qua, Đảng bộ Phân hiệu Đại học Thái Nguyên (ĐHTN) tại tỉnh Lào Cai luôn làm tốt công tác phát triển đảng viên cả về số lượng và chất lượng.TS Vũ Thị Bình, Ủy viên Ban Thường vụ Đảng bộ, Phó Giám đốc Phân hiệu ĐHTN tại tỉnh Lào Cai cho biết: Thực hiện Nghị quyết số 02-NQ/ĐU ngày 09/01/2023 về lãnh đạo đẩy mạnh công tác phát triển đảng trong sinh viên, những năm qua, Đảng bộ Phân hiệu ĐHTN tại tỉnh Lào Cai rất chú trọng công tác phát triển Đảng, thường xuyên tổ chức các lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú, đã cụ thể hóa tiêu chuẩn, điều kiện kết nạp vào Đảng phù hợp điều kiện thực tế, nhằm phát triển chất lượng đội ngũ đảng viên của Đảng bộ. window.addEventListener(, function(){ if(typeof Web_AdsArticleMiddle{window.CMS_BANNER.pushAds(Web_AdsArticleMiddle,else{document.getElementByIdstyle.display = "none";} }); Phân hiệu luôn coi trọng việc tuyên truy""",
    [("02-NQ/ĐU", "2023-01-09")])

add("github:find_string-id:59712590034",
    "commune's task-tracking notes (xã An Thới Đông, 2026): a commune People's Committee plan and the commune Party committee's resolution, abbreviated 'KH số', 'NQ', fields separated by '|'",
    """[KH1583]: KH số 1583/KH-UBND ngày 21/4/2026 của UBND xã An Thới Đông — Phát triển kinh tế trên địa bàn xã An Thới Đông giai đoạn 2026–2030 | Người ký: Chủ tịch Trần Hoàng Vũ | Căn cứ: NQ 13-NQ/ĐU ngày 25/12/2025 của Đảng ủy xã | Cập nhật vào hệ thống: 2026-04-24""",
    [("1583/KH-UBND", "2026-04-21"), ("13-NQ/ĐU", "2025-12-25")])

add("github:find_string-id:28300988406#cac-nghi-quyet-trong-tam",
    "state bank's Party committee quiz (Đảng ủy Vietcombank, enterprise) as JSON: the committee's resolution NQ/ĐU named twice, central resolutions as answer options, a Party regulation in an answer note ('QĐ 296-QĐ/TW ngày')",
    """      "Đơn tố cáo do người không có năng lực hành vi ký tên."
    ],
    "answer_letter": "B",
    "answer_explanation": "QĐ 296-QĐ/TW ngày 30/5/2025, Điều 19"
  },
  {
    "source": "Cac Nghi quyet trong tam",
    "number": 1,
    "question": "Nghị quyết 2537-NQ/ĐU ngày 06/03/2025 của Đảng ủy VCB về tiếp tục đổi mới, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả ra đời theo tinh thần của Nghị quyết nào sau đây?",
    "options": [
      "Nghị quyết số 18-NQ/TW ngày 16/06/2022 của BCH Trung ương",
      "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương",
      "Nghị quyết số 17-NQ/CP ngày 07/03/2019 của Thủ tướng Chính phủ",
      "Cả 3 phương án trên"
    ],
    "answer_letter": "B",
    "answer_explanation": "Nghị quyết 2537-NQ/ĐU ngày 06/03/2025"
  },""",
    [("296-QĐ/TW", "2025-05-30"), ("2537-NQ/ĐU", "2025-03-06"), ("18-NQ/TW", "2022-06-16"), ("18-NQ/TW", "2017-10-25"), ("17-NQ/CP", "2019-03-07"), ("2537-NQ/ĐU", "2025-03-06")])

add("github:find_string-id:28300988406#number-18",
    "state bank's Party committee quiz as JSON: a branch Party committee's action plan ('Kế hoạch hành động số …-KH/ĐU ngày') and the bank Party committee's resolution in an option",
    """    "options": [
      "Ban chấp hành Đảng bộ VCB",
      "Ban điều hành VCB",
      "Ban chiến lược và Thư ký tổng hợp",
      "Ban Tổ chức Đảng ủy"
    ],
    "answer_letter": "B",
    "answer_explanation": "Nghị quyết 2618-NQ/ĐU ngày 01/04/2025"
  },
  {
    "source": "Cac Nghi quyet trong tam",
    "number": 18,
    "question": "Tại Kế hoạch hành động số 65-KH/ĐU ngày 09/05/2025 của Đảng ủy Vietcombank Sở giao dịch đề ra kế hoạch kinh doanh năm 2025 với tỷ lệ nợ nhóm 2 và tỷ lệ nợ xấu là bao nhiêu?",""",
    [("2618-NQ/ĐU", "2025-04-01"), ("65-KH/ĐU", "2025-05-09")], ocr=True)

add("github:find_string-id:69495175276",
    "a district Party committee's agency letter (Huyện ủy Cô Tô, Cơ quan Tổ chức – Nội vụ) transcribed in a GitHub test script: two-issuer Party symbol in the header ('29-CV/TC-NV'), a 'V/v' line, the place-date line under the national Party line, the district Party committee's plan with 'số …-KH/HU ngày'",
    """HUYỆN ỦY CÔ TÔ
CƠ QUAN TỔ CHỨC – NỘI VỤ

Số 29-CV/TC-NV
V/v báo cáo lịch Đại hội chi, đảng bộ cơ sở, nhiệm kỳ 2020 - 2025

ĐẢNG CỘNG SẢN VIỆT NAM
Cô Tô, ngày 16 tháng 3 năm 2020

Kính gửi: Các chi, đảng bộ cơ sở

Thực hiện Kế hoạch số 128-KH/HU ngày 10/7/2019 của Huyện ủy Cô Tô "Về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội Đại biểu Đảng bộ huyện Cô Tô lần thứ VI, nhiệm kỳ 2020 - 2025".

Yêu cầu các chi, Đảng bộ cơ sở gửi lịch Đại hội về Cơ quan Tổ chức - Nội vụ huyện trước ngày 18/3/2020.

K/T THỦ TRƯỞNG
PHÓ THỦ TRƯỞNG

Trương Thị Phương""",
    [("29-CV/TC-NV", "2020-03-16"), ("128-KH/HU", "2019-07-10")], ocr=True)

add("github:find_string-id:52805854783",
    "ward Party committee's Party-cell scoring form (Đảng ủy phường An Phú, 2025) in a GitHub file: a central Organisation Commission guidance, the ward Party committee's plan, a Politburo directive without date",
    """Sinh hoạt chuyên đề thực hiện nội dung tại điểm 3.2, Mục II của Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương; việc phân công chuẩn bị chuyên đề, nội dung chuyên đề theo đúng quy định tại Giải pháp 2, phần II. Nhiệm vụ và giải pháp trọng tâm của Kế hoạch số 08-KH/ĐU ngày 19/9/2025 của Đảng ủy phường An Phú về thực hiện Chỉ thị số 50-CT/TW""",
    [("42-HD/BTCTW", "2025-10-28"), ("08-KH/ĐU", "2025-09-19"), ("50-CT/TW", None)])

add("github:find_string-id:15227250371",
    "a district enterprises bloc Party committee's resolution (Đảng ủy Khối Doanh nghiệp quận) inside JSX markup: the date after a comma on the next line",
    """          <tr>
            <td colSpan={2}>
              <b>
                {' '}
                6. Nghị quyết số 553-NQ/ĐU của Đảng ủy Khối Doanh nghiệp quận,
                ngày 30/11/2022:
              </b>
            </td>
          </tr>""",
    [("553-NQ/ĐU", "2022-11-30")])

add("github:find_string-id:69110323643",
    "a provincial college's task table (Markdown '|' cells, 2026): plans of the college (KH-ĐHHV) named twice per row, two plans sharing one symbol tail ('154 & 201/KH-ĐHHV'), a Party committee's resolution dated, two provincial letters sharing one tail ('10697 & 11028/UBND-KGVX')",
    """| 1 | `KH197` | Kế hoạch số 197/KH-ĐHHV | 197/KH-ĐHHV | 11 | **NV01 - NV11**: Kế hoạch hành động 100 ngày xử lý các điểm nghẽn về chuyển đổi số |
| 2 | `KH200` | Kế hoạch số 200/KH-ĐHHV | 200/KH-ĐHHV | 21 | **NV12 - NV32**: Chiến dịch 90 ngày xây dựng, hoàn thiện Kho dữ liệu tỉnh Phú Thọ |
| 3 | `BDHVS` | Kế hoạch số 154 & 201/KH-ĐHHV | 154/KH-ĐHHV & 201/KH-ĐHHV | 10 | **NV33 - NV42**: Triển khai, tiếp tục đẩy mạnh Phong trào “Bình dân học vụ số” |
| 4 | `NQ113` | Kế hoạch số 172/KH-ĐHHV | 172/KH-ĐHHV | 2 | **NV43 - NV44**: Triển khai thực hiện Nghị quyết số 113-NQ/ĐU ngày 23/6/2026 của Đảng ủy |
| 5 | `KH188` | Kế hoạch số 188/KH-ĐHHV | 188/KH-ĐHHV | 5 | **NV45 - NV49**: Triển khai hoạt động KHCN, ĐMST, CĐS và HTQT năm học 2026-2027 |
| 6 | `QD1034`| QĐ số 1034/QĐ-ĐHHV | 1034/QĐ-ĐHHV | 4 | **NV50 - NV53**: Tổ chức hội thảo, tọa đàm khoa học năm học 2026 - 2027 |
| 7 | `UBND_TINH` | Nhiệm vụ UBND Tỉnh giao | VB 10697 & 11028/UBND-KGVX | 4 | **NV54 - NV57**: Nhiệm vụ trọng tâm UBND Tỉnh giao hoàn thành trong tháng 12/2026 |""",
    [("197/KH-ĐHHV", None), ("197/KH-ĐHHV", None), ("200/KH-ĐHHV", None), ("200/KH-ĐHHV", None),
     ("154/KH-ĐHHV", None), ("201/KH-ĐHHV", None), ("154/KH-ĐHHV", None), ("201/KH-ĐHHV", None),
     ("172/KH-ĐHHV", None), ("172/KH-ĐHHV", None), ("113-NQ/ĐU", "2026-06-23"), ("188/KH-ĐHHV", None), ("188/KH-ĐHHV", None),
     ("1034/QĐ-ĐHHV", None), ("1034/QĐ-ĐHHV", None), ("10697/UBND-KGVX", None), ("11028/UBND-KGVX", None)])

add("github:find_string-id:32285300399",
    "news text on the Central Inspection Commission's discipline (UBKTTW) kept in an SQL dump: the decision and its date in parentheses after ', ngày', the date repeated as the start of the discipline",
    """Bình Thuận, Ủy ban Kiểm tra Trung ương đã thi hành kỷ luật bằng hình thức Cảnh cáo (Quyết định số 519-QĐ/UBKTTW, ngày 28-4-2022), UBND tỉnh đề nghị Thủ tướng Chính phủ xem xét, xử lý kỷ luật hành chính cảnh cáo ông Lê Tuấn Phong. Thời điểm xử lý kỷ luật kể từ ngày ban hành quyết định kỷ luật đảng. Thời gian thi hành kỷ luật 12 tháng kể từ ngày 28-4-2022.""",
    [("519-QĐ/UBKTTW", "2022-04-28")])

add("github:find_string-id:53528259093",
    "a ward's follow-up list of the ward Party committee's notices (2025, after the merger) in a GitHub data file: 'Thông báo số …-TB/ĐU ngày' in quoted fields",
    """export const MOCK_TRACKING_DATA: TrackingItem[] = [
  {
    id: 1,
    content: 'HĐND phường: Chủ trì phối hợp với các đơn vị liên quan, chuẩn bị đầy đủ nội dung thông qua kỳ họp thứ nhất và chỉ đạo thực hiện các bước theo đúng quy định.',
    source: 'Thông báo số 01-TB/ĐU ngày 01/7/2025',
    authority: 'Ban Thường vụ Đảng ủy',
    status: 'completed',
    result: 'Đã thực hiện'
  },
  {
    id: 2,
    content: 'Ban Xây dựng Đảng phường: Khẩn trương tham mưu các quyết định thành lập cơ quan, đơn vị và bổ nhiệm nhân sự đảm bảo đúng quy định.',
    source: 'Thông báo số 02-TB/ĐU ngày 01/7/2025',
    authority: 'Ban Thường vụ Đảng ủy',
    status: 'completed',
    result: 'Đã thực hiện'
  },""",
    [("01-TB/ĐU", "2025-07-01"), ("02-TB/ĐU", "2025-07-01")])

add("github:find_string-id:70589133156",
    "a commune Party committee's draft letter (Đảng uỷ xã Công Hải, 2026) as JSON fields: a blank header number ('Số        -CV/ĐU') and a blank date, the standing committee's decision and the committee office's report (BC/VPĐU) with 'số … ngày'",
    """        "doc_type": "CV",
        "so_hieu": "Số        -CV/ĐU",
        "co_quan_cap_tren": "ĐẢNG BỘ TỈNH KHÁNH HOÀ",
        "co_quan_ban_hanh": "ĐẢNG UỶ XÃ CÔNG HẢI",
        "dia_danh_ngay": "Công Hải, ngày   tháng   năm 2026",
        "trich_yeu": "Góp ý Dự thảo Thông báo Kết luận kiểm tra của\\nBan Thường vụ Đảng uỷ",
        "kinh_gui": ["Các đồng chí Uỷ viên Ban Thường vụ Đảng uỷ."],
        "noi_dung": [
            "Tiếp nhận Báo cáo kết quả kiểm tra của Đoàn kiểm tra theo Quyết định số 56-QĐ/ĐU ngày 15/8/2026 của Ban Thường vụ Đảng uỷ và Báo cáo thẩm định số 18-BC/VPĐU ngày 02/10/2026 của Văn phòng Đảng uỷ về việc thẩm định dự thảo Thông báo Kết luận kiểm tra việc lãnh đạo, chỉ đạo triển khai thực hiện công tác phòng, chống tham nhũng, lãng phí, tiêu cực đối với Chi bộ thôn Suối Giếng;\",""",
    [("56-QĐ/ĐU", "2026-08-15"), ("18-BC/VPĐU", "2026-10-02")], ocr=True)

add("github:find_string-id:67243746594",
    "a political centre's knowledge base (SQL seed): a central propaganda commission's decision (QĐ/BTGDVTW) and a ward Party committee's founding decision, abbreviated 'QĐ …-QĐ/ĐU ngày', an effect date",
    """('Định mức giờ chuẩn giảng viên', 'quy-che-boi-duong', 'QĐ 1147-QĐ/BTGDVTW ngày 01/12/2025',
 'Giảng viên chuyên trách: 270 giờ/năm (ít nhất 50% giờ dạy trực tiếp). Giám đốc: 10% định mức (~27 giờ). Phó GĐ: 20% (~54 giờ). Chấm 6 bài thu hoạch = 1 giờ chuẩn. Ra đề = 1,5 giờ chuẩn/đề.',
 'giờ chuẩn, định mức, giảng viên, giám đốc, phó giám đốc, chấm bài, ra đề', 1, 25, NOW(), NOW()),

('Thành lập TTCT phường Lê Chân', 'ttct-le-chan', 'QĐ 04-QĐ/ĐU ngày 01/7/2025',
 'TTCT phường Lê Chân là đơn vị sự nghiệp của Đảng ủy phường Lê Chân (TP. Hải Phòng). Có con dấu riêng, trụ sở và cơ sở vật chất. Hiệu lực từ 01/7/2025. Ký: Đặng Đông Anh - Bí thư.',""",
    [("1147-QĐ/BTGDVTW", "2025-12-01"), ("04-QĐ/ĐU", "2025-07-01")])

add("github:find_string-id:61945670666",
    "a commune's officials-assessment project notes (xã Nghĩa Lâm, Nghệ An, 2026): a decree, a provincial Party standing committee's plan, the commune Party committee's regulation, in a Markdown list",
    """- **Căn cứ pháp lý cốt lõi**:
  - Nghị định số 335/2025/NĐ-CP ngày 31/12/2025 của Chính phủ;
  - Sổ tay hướng dẫn đánh giá, xếp loại cán bộ, công chức của Bộ Nội vụ;
  - Kế hoạch số 51-KH/TU ngày 07/5/2026 của Ban Thường vụ Tỉnh ủy Nghệ An;
  - Quy định số 295-QĐ/ĐU ngày 09/4/2026 của Ban Thường vụ Đảng ủy xã Nghĩa Lâm;
  - Văn bản ma trận chi tiết: [`KPI_LEGAL_TRACEABILITY_MATRIX.md`](./KPI_LEGAL_TRACEABILITY_MATRIX.md).""",
    [("335/2025/NĐ-CP", "2025-12-31"), ("51-KH/TU", "2026-05-07"), ("295-QĐ/ĐU", "2026-04-09")])

add("github:find_string-id:62423018937",
    "the same commune project's legal matrix: a 2025 law by number without date (QH15), the commune People's Committee's decision and the commune Party committee's regulation (dated differently from the other file)",
    """   - Luật Cán bộ, công chức số 80/2025/QH15.
2. **`OFFICIAL_GUIDANCE`**: Hướng dẫn nghiệp vụ chuyên môn chính thức của cơ quan có thẩm quyền cấp trên:
   - Sổ tay hướng dẫn theo dõi, đánh giá công chức của Bộ Nội vụ;
   - Văn bản hướng dẫn chuyên môn của Sở Nội vụ tỉnh Nghệ An.
3. **`LOCAL_INTERNAL_BASIS`**: Các quyết định, quy định nội bộ đã được cấp ủy, chính quyền xã Nghĩa Lâm ban hành chính thức:
   - Quyết định số 283/QĐ-UBND ngày 28/3/2026 của UBND xã Nghĩa Lâm;
   - Quy định số 295-QĐ/ĐU ngày 15/4/2026 của Đảng ủy xã Nghĩa Lâm.""",
    [("80/2025/QH15", None), ("283/QĐ-UBND", "2026-03-28"), ("295-QĐ/ĐU", "2026-04-15")], ocr=True)

add("github:find_string-id:68450958123",
    "a residential group's Party-cell site data (phường Hương Thủy, Huế, 2026): the NA Standing Committee's 2025 merger resolution, the ward Party committee's decision, a city plan named twice (dated at the second mention)",
    """  canCuPhapLy: "Nghị quyết số 1675/NQ-UBTVQH15 ngày 16/6/2025 của UBTV Quốc hội về sắp xếp đơn vị hành chính cấp xã của thành phố Huế năm 2025",
  capNhat: "11/09/2026",
  soHo: 469,
  soKhau: 1947,
  soDangVien: 22,
  quyetDinhDanhSach: "Quyết định số 46-QĐ/ĐU ngày 30/6/2026 của Đảng ủy phường Hương Thủy"
};

/* ---------------- TIN TỨC 3 CẤP ---------------- */
const NEWS = {
  hue: [
    { id:"h_datdai333", tag:"city", pill:"TP. HUẾ", hot:true,
      title:"UBND thành phố Huế ban hành Kế hoạch số 333/KH-UBND về chỉ tiêu kê khai đăng ký đất đai và hoàn thiện CSDL đất đai năm 2026",
      date:"12/06/2026", src:"UBND thành phố Huế",
      sum:"Kế hoạch số 333/KH-UBND ngày 12/06/2026 của UBND thành phố Huế (Phó Chủ tịch Hà Văn Tuấn ký) về giao chỉ tiêu thự""",
    [("1675/NQ-UBTVQH15", "2025-06-16"), ("46-QĐ/ĐU", "2026-06-30"), ("333/KH-UBND", "2026-06-12"), ("333/KH-UBND", "2026-06-12")])

add("github:find_string-id:70806990246",
    "the same Party cell's internal-area script header (a block comment): the ward Party committee's decision with the issuer broken over the comment's lines, a Party cell's notice (TB/CB) without date",
    """/* =====================================================================
   noi-bo.js — KHU VỰC NỘI BỘ CHI BỘ TDP LƯƠNG HẬU
   Chuẩn giao diện: DangCongSan Mobile V2
   Lớp bảo mật: đối soát HỌ VÀ TÊN + NGÀY/THÁNG/NĂM SINH của đảng viên có trong
   danh sách kèm theo Quyết định số 46-QĐ/ĐU ngày 30/6/2026 của Đảng ủy phường
   Hương Thủy, được Bí thư Chi bộ phê duyệt tại Thông báo 15-TB/CB.
   Toàn bộ xử lý phía client — khi vận hành chính thức phải chuyển về máy chủ (API).
   ===================================================================== */""",
    [("46-QĐ/ĐU", "2026-06-30"), ("15-TB/CB", None)])

add("github:find_string-id:69809916647",
    "notes on Party documents after a supervision (Đảng ủy UBND tỉnh, 2026): the Party committee's decision abbreviated 'QĐ …-QĐ/ĐU ngày' inside parentheses",
    """# Văn bản thể thức Đảng và bộ văn bản cá nhân đảng viên sau giám sát (Bạn chốt 16/9/2026)

Nguồn: bộ 4 văn bản cho Trưởng phòng QLCN sau khi Đoàn giám sát BTV Đảng ủy UBND tỉnh (QĐ 580-QĐ/ĐU ngày 07/8/2026) thông qua dự thảo Báo cáo kết quả giám sát 04 đảng viên. Bạn duyệt qua 4 lượt sửa; các quy ước dưới đây là bản chốt.""",
    [("580-QĐ/ĐU", "2026-08-07")])

add("github:find_string-id:15227250371#nq-chi-bo",
    "a Party cell's resolution (Chi bộ tạp chí Văn hóa Doanh nghiệp) inside JSX markup: the issuer broken over two lines before 'ngày'",
    """          <tr>
            <td colSpan={2}>
              <b>
                {' '}
                5. Nghị quyết số 06-NQ/CB của Chi bộ tạp chí Văn hóa Doanh
                nghiệp ngày 04/11/2022:
              </b>
            </td>
          </tr>""",
    [("06-NQ/CB", "2022-11-04")])

add("github:find_string-id:70384755615",
    "a residential group Party cell's news item as a JS object: the cell's resolution (NQ/CB) without date, dates of the item's record",
    """      id: 'news_05',
      title: 'Chi bộ Lương Hậu kiện toàn Chi uỷ và triển khai thực hiện nhiệm vụ quý IV năm 2026',
      slug: 'chi-bo-luong-hau-kien-toan-chi-uy-nhiem-vu-quy-iv',
      category_id: 'cat_xaydungdang',
      category_name: 'Xây dựng Đảng',
      summary: 'Kỳ sinh hoạt thường kỳ tháng 9/2026 biểu quyết chuẩn y bổ sung Chi ủy viên và thống nhất Nghị quyết 09-NQ/CB với 100% phiếu tán thành.',
      content: 'Hội nghị Chi bộ đã thảo luận sôi nổi về công tác phát triển đảng viên mới, công tác kiểm tra giám sát Điều 30 và nhiệm vụ trực chỉ huy phòng chống lụt bão trên địa bàn 4 đội.',""",
    [("09-NQ/CB", None)])

add("github:find_string-id:68538692352",
    "a residential group Party cell's site (HTML in a JS template): the cell's resolutions 'Nghị quyết …-NQ/CB:' each followed by a 'Ban hành:' date in the next element",
    """          <div class="p-3 bg-slate-900 rounded-xl border border-slate-700">
            <div class="font-bold text-white">Nghị quyết 01-NQ/CB: Lãnh đạo thực hiện phong trào "Ngày Chủ nhật xanh" và phân loại rác tại nguồn.</div>
            <div class="text-[11px] text-gray-400 mt-1">Ban hành: 10/01/2026 • Đang thực hiện hiệu quả.</div>
          </div>
          <div class="p-3 bg-slate-900 rounded-xl border border-slate-700">
            <div class="font-bold text-white">Nghị quyết 02-NQ/CB: Nâng cao năng lực tuần tra giữ vững an ninh trật tự cơ sở.</div>
            <div class="text-[11px] text-gray-400 mt-1">Ban hành: 15/03/2026 •""",
    [("01-NQ/CB", "2026-01-10"), ("02-NQ/CB", "2026-03-15")])

add("github:find_string-id:68443357327",
    "a residential group Party cell's site (HTML): an UPPER-CASE resolution number 'NGHỊ QUYẾT SỐ …-NQ/CB (THÁNG 09/2026)' with its 'Ban hành:' date in the next span, a city plan without date",
    """          <div class="p-4 bg-slate-900 rounded-xl border border-slate-700 space-y-2">
            <div class="flex items-center justify-between text-yellow-400 font-bold">
              <span>NGHỊ QUYẾT SỐ 08-NQ/CB (THÁNG 09/2026)</span>
              <span>Ban hành: 03/09/2026</span>
            </div>
            <h3 class="font-bold text-white text-sm">Nghị quyết lãnh đạo thực hiện nhiệm vụ trọng tâm tháng 9 và quý IV năm 2026</h3>
            <p class="text-gray-300 leading-relaxed">
              1. Lãnh đạo nhân dân phối hợp chặt chẽ thực hiện Kế hoạch 333/KH-UBND về đo đạc, cấp đổi GCN đất đai.<br>""",
    [("08-NQ/CB", "2026-09-03"), ("333/KH-UBND", None)])

add("github:find_string-id:70232552578",
    "a ward Party cell's resolution header (ĐẢNG BỘ PHƯỜNG ĐÔNG TIẾN / CHI BỘ TỔ DÂN PHỐ 1) in a template, and the central Party office's guidance on Party documents (HD/VPTW)",
    """    codePrefix: 'NQ/ĐU',
    decreeRef: 'Hướng dẫn 05-HD/VPTW ngày 23/11/2021 của Văn phòng Trung ương Đảng',
    standardStructure: 'ĐẢNG CỘNG SẢN VIỆT NAM, Tên cấp ủy, Số ký hiệu, Tiêu đề Nghị quyết, NGHỊ QUYẾT',
    defaultTemplate: `ĐẢNG BỘ PHƯỜNG ĐÔNG TIẾN
CHI BỘ TỔ DÂN PHỐ 1
Số: 03-NQ/CB

ĐẢNG CỘNG SẢN VIỆT NAM

Đông Tiến, ngày 12 tháng 10 năm 2025

NGHỊ QUYẾT
Về việc lãnh đạo thực hiện nhiệm vụ phát triển kinh tế, trật tự an toàn xã hội quý IV năm 2025

Chi bộ Tổ dân phố 1 họp ngày 12 tháng 10 năm 2025, sau khi thảo luận Báo cáo công tác của Chi ủy;
QUYẾT NGHỊ:""",
    [("05-HD/VPTW", "2021-11-23"), ("03-NQ/CB", "2025-10-12")], ocr=True)

add("github:find_string-id:103229990",
    "a district Party committee's political-protection records as an SQL dump: notices (TB/HU) and a conclusion (KL/HU) in quoted fields with stray spaces, no dates",
    """INSERT INTO `bvnb` (`id`, `loai_kl`, `so_vbkl`, `noidung_kl`, `id_cb`, `ghichu`) VALUES
(1, '  Không vi phạm', '1770-TB/HU', '   Căn cứ trình độ, năng lực chuyên môn và phẩm chất đạo đức để bố trí sử dụng', 6, '  '),
(2, '  Có vấn đề chính trị nhưng kh', '02-KL/HU', '  Đang xem xét kết luận theo Quy định 58', 43, '  '),
(8, '  Không có vấn đề chính trị', ' 1674-TB/HU', '   Căn cứ, trình độ, năng lực chuyên môn và phẩm chất đạo đức để bố trí, sử dụng', 23, '  '),
(9, '    Không vi phạm', ' 1669-TB/HU', '     Căn cứ trình độ, năng lực chuyên môn, để bố trí sử dụng', 9, '    '),
(10, ' Không có vấn đề chính trị', ' 1687-TB/HU', '  Căn cứ trình độ, năng lực chuyên môn và phẩm chất đạo đức để bố trí, sử dung', 31, ' '),""",
    [("1770-TB/HU", None), ("02-KL/HU", None), ("1674-TB/HU", None), ("1669-TB/HU", None), ("1687-TB/HU", None)])

add("github:find_string-id:17996227703",
    "Youth Union news stored as HTML with character entities ('ng&agrave;y' for 'ngày'): the Central Youth Union Secretariat's plan and letter with two-part issuers (TWĐTN-TNNT, TWĐTN-VP)",
    """<p>C&ugrave;ng đ&oacute;, c&aacute;c tỉnh, th&agrave;nh đo&agrave;n, đo&agrave;n trực thuộc đ&atilde; chủ động điều chỉnh nội dung v&agrave; phương thức hoạt động của c&aacute;c cấp bộ Đo&agrave;n trong Th&aacute;ng Thanh ni&ecirc;n 2020 ph&ugrave; hợp với t&igrave;nh h&igrave;nh dịch bệnh COVID-19; tập trung triển khai c&aacute;c c&ocirc;ng việc cụ thể theo 7 nội dung trọng t&acirc;m Kế hoạch số 225-KH/TWĐTN-TNNT ng&agrave;y 13/02/2020 của Ban B&iacute; thư Trung ương Đo&agrave;n về Th&aacute;ng Thanh ni&ecirc;n năm 2020. Trong đ&oacute;, ch&uacute; &yacute; triển khai c&aacute;c tuyến c&ocirc;ng việc về c&ocirc;ng t&aacute;c ph&ograve;ng chống dịch COVID-19 theo c&ocirc;ng văn số 4179-CV/TWĐTN-VP ng&agrave;y 28/01/2020 của Ban B&iacute; thư Trung ương Đo&agrave;n.</p>""",
    [("225-KH/TWĐTN-TNNT", "2020-02-13"), ("4179-CV/TWĐTN-VP", "2020-01-28")])

add("github:find_string-id:70424043448",
    "a student team's declaration for a Youth Union contest (Markdown, bold): the Central Youth Union's plan (KH/TWĐTN-KHCN), a 2025 law by number with an effect date, two decrees",
    """## Căn cứ

- **Điều 5 Thể lệ Cuộc thi** (ban hành kèm Kế hoạch số 01-KH/TWĐTN-KHCN ngày 03/7/2026): được dùng LLM, thư viện mở, mô hình huấn luyện sẵn, dữ liệu công khai và API nếu kê khai trung thực, nêu rõ phần đội tự xây dựng, phần do AI tạo ra và phần kế thừa nguồn mở; nghiêm cấm che giấu nguồn mã, dữ liệu, API và giả mạo Prompt Log, lịch sử commit, dữ liệu thử nghiệm, video demo.
- **Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15** (hiệu lực 01/01/2026) và **Nghị định 356/2025/NĐ-CP** ngày 31/12/2025 quy định chi tiết Luật (thay thế Nghị định 13/2023/NĐ-CP).""",
    [("01-KH/TWĐTN-KHCN", "2026-07-03"), ("91/2025/QH15", None), ("356/2025/NĐ-CP", "2025-12-31"), ("13/2023/NĐ-CP", None)])

add("github:find_string-id:68935365488",
    "a student team's notes on a Youth Union contest (Markdown): a Youth Union centre's letter inside bold markers ('**số …-CV/KHCN ngày …**'), the Central Youth Union's plan",
    """**Một dấu hiệu nữa cho thấy danh sách chủ đề sẽ đến muộn:** cùng cơ quan thường trực (Trung
tâm Phát triển KHCN và Tài năng trẻ — CYTAST) tổ chức Hội thi Tin học trẻ toàn quốc, và ở
hội thi đó họ công bố chủ đề bằng **một công văn riêng, ra sau kế hoạch gốc**: Công văn
**số 30-CV/KHCN ngày 11/3/2026** giới thiệu chủ đề Bảng D1 là *"Tìm hiểu, khám phá cuộc sống
xung quanh em"*, căn cứ Kế hoạch 441-KH/TWĐTN-KHCN ngày 10/02/2026
([bản gốc PDF](https://tainangviet.vn/source/files/THT2026_CV_trien_khai_hoi_thi_signed.pdf)).""",
    [("30-CV/KHCN", "2026-03-11"), ("441-KH/TWĐTN-KHCN", "2026-02-10")], ocr=True)

add("github:find_string-id:68629052550",
    "a script's docstring: a decree, and a Central Youth Union plan with the type word broken over a line ('Kế\\nhoạch')",
    """\"\"\"Bring a pandoc-generated docx closer to the official Vietnamese văn bản
hành chính format (thể thức theo Nghị định 30/2020/NĐ-CP, mô phỏng theo Kế
hoạch 315-KH/TWĐTN-KHCN): letterhead block (quốc hiệu tiêu ngữ, + tên đơn vị /
số hiệu văn bản nếu có), bold + shaded table header rows that don't split
across a page break, and a "Nơi nhận / Ký tên" block at the end.""",
    [("30/2020/NĐ-CP", None), ("315-KH/TWĐTN-KHCN", None)])

add("github:find_string-id:26222818782",
    "a commune Party committee's task table as a PostgreSQL dump (tab-separated columns): the provincial Party standing committee's plan named twice with its date, the committee's letter number in its own column, a deadline column",
    """55\tTriển khai Kế hoạch số 01-KH/TU ngày 26/9/2025 của BTV TU về lãnh đạo cuộc bầu cử đb Quốc hội khoá XVI và bầu cử đại biểu Hội đồng nhân dân các cấp, NK 2026- 2031\tChủ trì, phối hợp HĐND xã tham mưu Ban Thường vụ Đảng uỷ Kế hoạch quán triệt, tuyên truyền và triển khai thực hiện Kế hoạch số 01-KH/TU ngày 26/9/2025.\t15\tcompleted\tnormal\t104-CV/ĐU\tf\t2025-10-10 00:00:00+07\t2025-10-14 16:22:21.373+07\t2025-10-14 16:21:12.403889+07\t2025-10-14 16:22:21.373743+07""",
    [("01-KH/TU", "2025-09-26"), ("01-KH/TU", "2025-09-26"), ("104-CV/ĐU", None)])

add("github:find_string-id:70297561865",
    "a commune Party committee's letter as JSON (Đảng uỷ xã Công Hải, 2026): a blank header number, a 'V/v' subject broken by an escaped newline, the provincial plan named three times and dated once",
    """    cv_data = {
        "doc_type": "CV",
        "so_hieu": "Số      -CV/ĐU",
        "dia_danh_ngay": "Công Hải, ngày   tháng   năm 2026",
        "trich_yeu": "V/v tham mưu Kế hoạch thực hiện\\nKế hoạch số 101-KH/TU của\\nBan Thường vụ Tỉnh uỷ",
        "kinh_gui": ["Uỷ ban nhân dân xã."],
        "noi_dung": [
            "Thực hiện Kế hoạch số 101-KH/TU ngày 15/6/2026 của Ban Thường vụ Tỉnh uỷ về hành động 100 ngày làm việc giải quyết điểm nghẽn về chuyển đổi số; nhằm tập trung tháo gỡ khó khăn, khơi thông các điểm nghẽn, tạo bước chuyển biến rõ nét trong công tác chuyển đổi số và nâng cao hiệu quả phục vụ người dân, doanh nghiệp trên địa bàn xã, Ban Thường vụ Đảng uỷ xã yêu cầu Uỷ ban nhân dân xã triển khai thực hiện các nội dung sau:",
            "1. **Chủ trì, phối hợp với các cơ quan, đơn vị liên quan** khẩn trương nghiên cứu, tham mưu Ban Thường vụ Đảng uỷ xã xây dựng dự thảo Kế hoạch thực hiện Kế hoạch số 101-KH/TU của Ban Thường vụ Tỉnh u""",
    [("101-KH/TU", "2026-06-15"), ("101-KH/TU", "2026-06-15"), ("101-KH/TU", "2026-06-15")])

add("github:find_string-id:16178674251",
    "a university's news item in a JS object (Đảng ủy Trường Đại học Cần Thơ): a Politburo regulation, the city Party committee's plan, the Education Ministry's Party commission plan (KH/BCSĐ), the university's plan, event dates",
    """        title: 'Lấy phiếu tín nhiệm đối với chức danh, chức vụ lãnh đạo, quản lý thuộc Trường Đại học Cần Thơ',
        to: '/',
        body: 'Thực hiện Quy định số 96-QĐ/TW ngày 02/02/2023 của Bộ Chính trị về lấy phiếu tín nhiệm đối với chức danh, chức vụ lãnh đạo, quản lý trong hệ thống chính trị; nhằm thực hiện chủ trương của Đảng về xây dựng, chỉnh đốn Đảng và hệ thống chính trị; đấu tranh phòng, chống tham nhũng, tiêu cực; xây dựng đội ngũ cán bộ lãnh đạo, quản lý các cấp có đủ phẩm chất, năng lực, uy tín, ngang tầm nhiệm vụ, căn cứ Kế hoạch số 194-KH/TU ngày 16/5/2023 của Thành ủy Cần Thơ về việc thực hiện lấy phiếu tín nhiệm đối với cán bộ giữ chức danh, chức vụ lãnh đạo, quản lý của các cơ quan, đơn vị trong hệ thống chính trị, ngày 04/8/2023, Đảng ủy Trường Đại học Cần Thơ tổ chức Hội nghị lấy phiếu tín nhiệm Ban Thường vụ Đảng ủy trường, nhiệm kỳ 2020-2025 với thành phần tham dự gồm các đồng chí trong Ban Chấp hành Đảng bộ trường.Tiếp theo đó, thực hiện Kế hoạch số 19-KH/BCSĐ ngày 18/7/2023 của Ban cán sự đảng Bộ Giáo dục và Đào tạo và Kế hoạch số 2906/KH-ĐHCT ngày 08/8/2023 của Tập thể lãnh đạo Trường Đại học Cần Thơ, ngày 31/8/2023, Tập thể""",
    [("96-QĐ/TW", "2023-02-02"), ("194-KH/TU", "2023-05-16"), ("19-KH/BCSĐ", "2023-07-18"), ("2906/KH-ĐHCT", "2023-08-08")], ocr=True)

add("github:find_string-id:54780433400",
    "a commune Party committee's letter data (Python dict): the provincial plan with 'số …-KH/TU, ngày' and again in the 'V/v' subject, deadlines",
    """    data = {
        "van_ban_cap_tren": "Kế hoạch số 84-KH/TU, ngày 15/6/2026 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Quy định chuẩn mực đạo đức cách mạng của cán bộ, đảng viên, công chức, viên chức thuộc Đảng bộ và hệ thống chính trị tỉnh Khánh Hòa trong giai đoạn mới",
        "Ngay_den_han_1": "15/07/2026",
        "Co_quan_2": "Ban xây dựng Đảng", # Triggers the merge rule
        "ngay_den_han_2": "15/07/2026",
        "TRICH_YEU_CONG_VAN": "V/v triển khai thực hiện Kế hoạch số 84-KH/TU ngày 15/6/2026 của Ban Thường vụ Tỉnh ủy",""",
    [("84-KH/TU", "2026-06-15"), ("84-KH/TU", "2026-06-15")])

add("github:find_string-id:70741309551",
    "a commune Party committee's test letter data: the provincial plan in the subject without date and in the body with its date, a deadline in bold",
    """            cv_data = {
                "doc_type": "CV",
                "so_hieu": "Số      -CV/ĐU",
                "dia_danh_ngay": "Công Hải, ngày   tháng   năm 2026",
                "trich_yeu": "V/v tham mưu thực hiện Kế hoạch số 83-KH/TU",
                "kinh_gui": ["Uỷ ban nhân dân xã."],
                "noi_dung": [
                    "Thực hiện Kế hoạch số 83-KH/TU ngày 25/9/2026 của Ban Thường vụ Tỉnh uỷ...",
                    "1. **Uỷ ban nhân dân xã:** Chủ trì tham mưu dự thảo Kế hoạch **trước ngày 15/10/2026**.",
                    "2. **Văn phòng Đảng uỷ:** Theo dõi tiến độ."
                ],""",
    [("83-KH/TU", "2026-09-25"), ("83-KH/TU", "2026-09-25")])

add("github:find_string-id:53591056752",
    "a guide to Party document layout (Markdown code block): a provincial propaganda board's header with the number and the place-date line on one line, separated by spaces",
    """**Example**:
```
TỈNH ỦY QUẢNG NINH                        ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO                             ─────────────────────────
         *
Số: 15-HD/BTGTU                      Quảng Ninh, ngày 15 tháng 03 năm 2024
```""",
    [("15-HD/BTGTU", "2024-03-15")])

add("github:find_string-id:47295377669",
    "a university Party committee's site as an SQL dump of HTML (Đảng ủy Trường ĐH Cần Thơ): a report and a programme each inside a link, then '</a>, ng&agrave;y' with character entities",
    """(6, '2015-04-01', 'Báo cáo thực hiện nhiệm vụ 9 tháng đầu năm 2014 và Chương trình công tác Quý 4/2014 của Đảng ủy trường', '<p>-&nbsp;<a href="http://cpv.ctu.edu.vn/Kehoach_Baocao/BC%20Thuc%20hien%20nhiem%20vu%209%20thang%20dau%20nam%202014_Final.pdf" target="_blank">B&aacute;o c&aacute;o số 124-BC/ĐU</a>, ng&agrave;y 14/10/2014 của Đảng ủy trường về "Thực hiện nhiệm vụ 9 th&aacute;ng đầu năm 2014"</p>\\r\\n<p>-&nbsp;<a href="http://cpv.ctu.edu.vn/Kehoach_Baocao/Ctr%20Cong%20tac%20Quy%204_2014_Final.pdf" target="_blank">Chương tr&igrave;nh số 14-CTr/ĐU</a>,&nbsp;ng&agrave;y 14/10/2014 của Đảng ủy trường về&nbsp;"C&ocirc;ng t&aacute;c Qu&yacute; 4 năm 2014"</p>', 0);""",
    [("124-BC/ĐU", "2014-10-14"), ("14-CTr/ĐU", "2014-10-14")])

add("github:find_string-id:54497192324",
    "an oil company's governance-evidence list (JS objects; Đảng ủy PVEP, enterprise): plan and programme abbreviated 'Kế hoạch 10-KH/ĐU', 'CTHĐ 09-CTr/ĐU', a members' council programme (TDKT-HĐTV), each dated in parentheses after the issuer; file names that repeat the numbers",
    """    {id:"EV-07", name:"Kế hoạch 10-KH/ĐU — Đảng ủy PVEP (11/02/2026)", type:"Chỉ đạo PVEP", label:"Tham chiếu",
     link:spO("3. Tap hop VB chi dao OECD cac cap/PVEP/260211_10-KH-DU Trien khai thuc hien CTr-03 va KH trien khai cac chuong trinh thanh phan thuc hien NQ Dang bo PVN 2025-2030.pdf"),
     note:"Hoàn thành Bộ quy chế quản trị nội bộ áp dụng nguyên tắc OECD.", criteria:["E1"], tasks:["2.1"]},
    {id:"EV-08", name:"CTHĐ 09-CTr/ĐU — Đảng ủy PVEP (25/02/2026)", type:"Chỉ đạo PVEP", label:"Tham chiếu",
     link:spO("3. Tap hop VB chi dao OECD cac cap/PVEP/20260225_09.CTr-ĐU_Chuong trinh hanh dong NQ Dai hoi Dang bo TCT lan thu IV 2025-2030.pdf"),
     note:"Tối ưu hóa hệ thống quản trị hướng chuẩn OECD.", criteria:[], tasks:[]},
    {id:"EV-09", name:"CTHĐ 119/TDKT-HĐTV — HĐTV PVEP (10/02/2026)", type:"Chỉ đạo PVEP", label:"Tham chiếu",""",
    [("10-KH/ĐU", "2026-02-11"), ("09-CTr/ĐU", "2026-02-25"), ("119/TDKT-HĐTV", "2026-02-10")])

add("github:find_string-id:55472216613",
    "a commune's drafting rules (Markdown code block): a commune People's Committee plan, the commune Party committee's programme and a steering committee's plan listed without dates",
    """Ví dụ không dùng:

```text
Căn cứ Kế hoạch số 48/KH-UBND; Chương trình số 24-CTr/ĐU; Kế hoạch số 02-KH/BCĐ...
```""",
    [("48/KH-UBND", None), ("24-CTr/ĐU", None), ("02-KH/BCĐ", None)])

add("github:find_string-id:19678460549",
    "a document app's screen (JSX): an agencies bloc Party committee's programme in a 'Số hiệu:' field, the type in mixed case ('05-Ctr/ĐUK')",
    """                        <View style={{paddingHorizontal: 15}}>
                            <Text text={'Chơơng trình công tác tháng 4/2019'} style={{color: '#000000', paddingVertical: 5}}/>
                            <View style={{flexDirection: 'row', paddingVertical: 5}}>
                                <MediumText text={'Số hiệu: '} style={{color: '#000000'}}/>
                                <Text text={'05-Ctr/ĐUK'} style={{color: '#000000'}}/>
                            </View>
                        </View>""",
    [("05-CTr/ĐUK", None)])

add("github:find_string-id:69889030826",
    "a ward Party committee's report heading in a test (indented lines): the committee's programme dated in words",
    """        BÁO CÁO
        Về tình hình hoạt động các đơn vị, tình hình kinh tế, xã hội và nhiệm vụ
        trọng tâm cần tập trung thực hiện trong xây dựng Đảng, hệ thống chính trị
        Thực hiện Chương trình số 01-CTr/ĐU ngày 06 tháng 8 năm 2025""",
    [("01-CTr/ĐU", "2025-08-06")])

add("github:find_string-id:70396918658",
    "a commune Party committee's knowledge-base writer (Python strings with Markdown): the committee's action programme, an inspection programme given with its year only",
    """        sf.write("*Đảng uỷ xã Công Hải, tỉnh Khánh Hoà — Cơ sở dữ liệu tri thức tham mưu cấp uỷ*\\n\\n")
        sf.write("---\\n\\n")
        sf.write("## I. TỔNG QUAN HỆ THỐNG VĂN BẢN ĐI\\n\\n")
        sf.write("- **Nguyên tắc phân tầng tri thức:**\\n")
        sf.write("  1. *Tri thức cốt lõi:* Các Nghị quyết của Đại hội Đảng bộ xã và Đảng uỷ (6 Nghị quyết nền tảng), Chương trình hành động số 23-CTr/ĐU.\\n")
        sf.write("  2. *Quy định vận hành:* Chương trình kiểm tra giám sát toàn khóa (Bản mới nhất 64-CTr/ĐU năm 2026), các Quy chế làm việc.\\n")
        sf.write("  3. *Chỉ đạo điều hành thường xuyên:* 406 Công văn, 74 Thông báo kết luận, 54 Kế hoạch chuyên đề.\\n\\n")""",
    [("23-CTr/ĐU", None), ("64-CTr/ĐU", None)])

add("github:find_string-id:69294350763",
    "a student team's declaration (Markdown): the Central Youth Union plan in parentheses after a bold title broken over a line",
    """## Cơ sở pháp lý của bản kê khai

Bản kê khai này lập theo **Điều 5 Thể lệ Cuộc thi Sáng tạo trẻ Quốc gia trong lĩnh vực AI 2026**
(Kế hoạch số 01-KH/TWĐTN-KHCN ngày 03/7/2026), cụ thể:""",
    [("01-KH/TWĐTN-KHCN", "2026-07-03")])

add("github:find_string-id:13983375406",
    "a Party cell's meeting record (C# verbatim string): a central resolution without date, months of the cell's own resolution",
    """2. Đánh giá kết quả thực hiện nghị quyết Chi bộ tháng 12/2025
3. Kiểm điểm đảng viên vi phạm (nếu có)
4. Bàn phương hướng nhiệm vụ tháng 01/2026
5. Đóng Đảng phí, thu nộp quỹ",
            Content = @"1. Đ/c Bí thư thông tin: Nghị quyết số 18-NQ/TW về tinh gọn bộ máy; Chỉ thị Tết Nguyên đán 2026.""",
    [("18-NQ/TW", None)])

add("github:find_string-id:69508114314",
    "a ward Party committee's conclusion notice (ĐẢNG ỦY PHƯỜNG BÌNH TIÊN) as text in a parser test: header number without date, a subject in UPPER CASE, the provincial plan dated in words",
    """    ĐẢNG ỦY PHƯỜNG BÌNH TIÊN
    Số 82-TB/ĐU
    THÔNG BÁO
    KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY
    Về đánh giá kết quả thực hiện nhiệm vụ năm 2025 đối với đồng chí
    Trần Thị Thu Hà - Phó Bí thư Chi bộ, Phó Trưởng Ban Quản lý chợ Bình Tiên
    -----
    Thực hiện Kế hoạch số 13-KH/TU ngày 17 tháng 11 năm 2025
    1. Về ưu điểm, kết quả đạt được""",
    [("82-TB/ĐU", None), ("13-KH/TU", "2025-11-17")], ocr=True)

add("github:find_string-id:69694021493",
    "a ward Party committee's letter header in a parser test: the header number, a subject line, the addressee, and a programme cited in the body",
    """    Số 320-CV/ĐU
    về lãnh đạo thực hiện chỉ tiêu giảm hộ cận nghèo
    từ nay đến hết năm 2025
    Kính gửi: Đảng ủy Ủy ban nhân dân.
    \"\"\"
    body = "Thực hiện Chương trình Giảm nghèo bền vững và Chương trình hành động số 02-CTr/ĐU\"""",
    [("320-CV/ĐU", None), ("02-CTr/ĐU", None)])

add("github:find_string-id:70903475782",
    "a provincial college's skill notes (Markdown): the rector's notice and decisions (TB-CĐKT, QĐ-CĐKT) and the central Organisation Commission's guidance quoted inside the notice's title",
    """## Nguồn căn cứ
- Thông báo số 817/TB-CĐKT ngày 14/7/2026 của Hiệu trưởng Trường Cao đẳng Kon Tum — "nội hàm 6 trục kết quả trọng tâm theo Hướng dẫn số 02-HD/BTCTW ngày 22/5/2026 của Ban Tổ chức Trung ương" (lưu tại `02-KTC-Regulations`).
- Quyết định số 1923/QĐ-CĐKT ngày 30/8/2026 của Hiệu trưởng ban hành Quy chế đánh giá, xếp loại chất lượng tập thể, cá nhân gắn với KPI — mẫu **Phụ lục I** (kế hoạch công tác quý của đơn vị) và **Phụ lục II** (cá nhân): cột Điểm chấm công việc, Hệ số quy đổi theo 4 mức độ công việc.
- Quyết định số 2119/QĐ-CĐKT ngày 28/9/2026 của Hiệu trưởng ban hành Danh mục sản phẩm, công việc (416 sản phẩm, hệ số theo từng sản phẩm) — cơ sở xây dựng kế hoạch công tác (Điều 2).""",
    [("817/TB-CĐKT", "2026-07-14"), ("02-HD/BTCTW", "2026-05-22"), ("1923/QĐ-CĐKT", "2026-08-30"), ("2119/QĐ-CĐKT", "2026-09-28")])

add("github:find_string-id:71273880776",
    "the same college's notes (Markdown): the guidance's date on the next line after 'ngày', the notice abbreviated 'TB 1052/TB-CĐKT' and 'Thông báo 817/TB-CĐKT' without date",
    """# 6 Trục kết quả trọng tâm và 38 Nội hàm

**Nguồn:** Thông báo 817/TB-CĐKT của Trường Cao đẳng Kon Tum, cụ thể hóa Hướng dẫn số 02-HD/BTCTW ngày
22/5/2026 của Ban Tổ chức Trung ương về đánh giá định kỳ hằng quý đối với cán bộ lãnh đạo, quản lý.

## Trục 1 — Thực hiện mục tiêu phát triển kinh tế - xã hội và nhiệm vụ chính trị được giao
*(103 sản phẩm)*

> **Quy đổi STT lĩnh vực của Danh mục kèm TB 1052/TB-CĐKT** (đánh liên tục 1–38, đã đối chiếu tên và số
> sản phẩm khớp 38/38 ngày 19/9/2026): lĩnh vực 1–8 = Trục 1 nội hàm 1–8 · 9–14 = Trục 2 nội hàm 1–6 ·""",
    [("817/TB-CĐKT", None), ("02-HD/BTCTW", "2026-05-22"), ("1052/TB-CĐKT", None)], ocr=True)

add("github:find_string-id:61255674662",
    "a provincial statistics office's rules page (JSX): a decree, the central Organisation Commission's guidance and the office's letter in one 'Căn cứ:' line",
    """        <h3 className="text-[#005b8f] font-bold text-[16px]">Quy chế Đánh giá, Xếp loại Chất lượng Công chức (Từ Quý II/2026)</h3>
        <p className="text-[#006699] text-[13px]">
          Căn cứ: Nghị định số 335/2025/NĐ-CP ngày 21/12/2025 của Chính phủ; Hướng dẫn số 02-HD/BTCTW ngày 22/5/2026 của Ban Tổ chức Trung ương; Công văn số 427/TKT-TCHC của Thống kê tỉnh Hưng Yên.
        </p>""",
    [("335/2025/NĐ-CP", "2025-12-21"), ("02-HD/BTCTW", "2026-05-22"), ("427/TKT-TCHC", None)])

add("github:find_string-id:28300988406#number-74",
    "the bank Party committee's quiz as JSON: a Party regulation abbreviated 'QĐ 296-QĐ/TW' without date, the Organisation Commission's guidance in a question and again with the type glued before the number ('HD12-HD/BTCTW, ngày')",
    """    "answer_letter": "C",
    "answer_explanation": "QĐ 296-QĐ/TW, Điều 15, mục 2"
  },
  {
    "source": "Nghiep vu cong tac Dang",
    "number": 74,
    "question": "Theo Hướng dẫn số 12-HD/BTCTW ngày 18/01/2022 Hướng dẫn nghiệp vụ công tác đảng viên, đảng viên phải khai lý lịch đảng viên để tổ chức đảng quản lý trong thời gian nào?",
    "options": [
      "Trong thời gian 30 ngày làm việc từ ngày chi bộ tổ chức lễ kết nạp vào Đảng",
      "Trong thời gian 60 ngày làm việc từ ngày chi bộ tổ chức lễ kết nạp vào Đảng",
      "Trong thời gian 90 ngày làm việc từ ngày chi bộ tổ chức lễ kết nạp vào Đảng",
      "Sau 30 ngày kể từ ngày chi chi bộ tổ chức lễ kết nạp vào Đảng"
    ],
    "answer_letter": "A",
    "answer_explanation": "HD12-HD/BTCTW, ngày 18/1/2022, điểm 2.2, phần lưu ý"
  },""",
    [("296-QĐ/TW", None), ("12-HD/BTCTW", "2022-01-18"), ("12-HD/BTCTW", "2022-01-18")])

add("github:find_string-id:47317589807",
    "a university Party committee's form (Blade template, HTML spaces): the Organisation Commission's guidance called 'văn bản số …-HD/BTCTW ngày', the issuer broken over a line",
    """            <div style="text-align: justify">
                &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Căn cứ vào văn bản số 03-HD/BTCTW ngày 29/12/2006 của Ban Tổ
                chức Trung ương về việc lấy ý kiến của đại diện cá tổ chức chính trị - xã hội
                trong phạm vi lãnh đạo của chi bộ nơi đảng viên dự bị đang là thành viên.<br>""",
    [("03-HD/BTCTW", "2006-12-29")])
