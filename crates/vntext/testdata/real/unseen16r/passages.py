# Passages of unseen16r (copied from the stored public pages; see SOURCES.md), with labels.
# ocr=True: rendered to a PNG by ../render_ocr.py and put into refs.jsonl as tesseract's output.
P = []
def add(url, kinds, text, expect, ocr=False):
    P.append(dict(source=url, kinds=kinds, text=text, expect=[dict(symbol=s, date=d) for s, d in expect], ocr=ocr))

add("https://prtc.ninhthuan.gov.vn/portal/Pages/2024-5-17/DE-CUONG-TUYEN-TRUYEN-SAP-XEP-DON-VI-HANH-CHINH-CAhvbq96.aspx",
    "city Party committee's propaganda outline: Căn cứ list, CT/TU of a Thành ủy, TB/TU, PA-UBND",
    "Căn cứ Phương án số 316/PA-UBND ngày 19/01/2024 của Ủy ban nhân dân tỉnh về phương án tổng thể sắp xếp sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023-2025 của tỉnh Ninh Thuận; Thông báo số 714-TB/TU ngày 25/4/2024 của Ban Chấp hành Đảng bộ tỉnh về Đề án sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023-2025;\n\nCăn cứ Chỉ thị số 36-CT/TU ngày 28/02/2024 của Ban Thường vụ Thành ủy về việc thực hiện sắp xếp các đơn vị hành chính cấp phường, xã giai đoạn 2023 - 2025 và 2026 -2030 theo Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị trên địa bàn thành p",
    [("316/PA-UBND","2024-01-19"),("714-TB/TU","2024-04-25"),("36-CT/TU","2024-02-28"),("48-KL/TW","2023-01-30")], ocr=True)

add("http://ubmttq.camau.gov.vn/u-minh-hoi-nghi-trien-khai-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019.507",
    "district Fatherland Front news: KH/MTTQ-BTT of province and district",
    "Sáng ngày 22/10/2019, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị triển khai các văn bản liên quan đến Ngày hội Đại đoàn kết toàn dân tộc năm 2019. Ủy viên ban Thường vụ Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Lê Ánh Hồng chủ trì hội nghị.\n\nHội nghị đã quán triệt các văn bản như: Kế hoạch số 10/KH-MTTQ-BTT, ngày 10/10/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; Kế hoạch số 8/KH-MTTQ-BTT, ngày 14/10/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện; thông qua Công văn chỉ đạo và Quyết định của Ban Thường vụ Huyện ủy về việc thành lập Ban Chỉ đạo tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2019; dự thảo Kế hoạch của Ban Chỉ đạo và thông báo phân công thành viên phụ trách chỉ đạo các xã, thị trấn.",
    [("10/KH-MTTQ-BTT","2019-10-10"),("8/KH-MTTQ-BTT","2019-10-14")], ocr=True)

add("https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-che-01-QCPH-UBND-UBMTTQ-2017-phoi-hop-cong-tac-Uy-ban-Uy-ban-Mat-tran-To-quoc-Dak-Lak-368992.aspx?tab=4",
    "joint State-Front regulation: header cells on broken lines, two Party decisions sharing one date, joint resolution symbol",
    "ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 01/QCPH/UBND-UBMTTQ\n|\nĐắk Lắk, ngày 27 tháng 10 năm 2017\n|\nQUY CHẾ\nPHỐI\nHỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN\nTỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIAI ĐOẠN\n2017-2021\nCăn cứ Luật Tổ chức chính quyền địa\nphương ngày 19/6/2015;\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam\nngày 09/6/2015;\nCăn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của\nBộ Chính trị ban hành kèm theo Quy chế Giám sát và phản\nbiện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội; Quy định về\nviệc MTTQ Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý\nxây dựng Đảng, xây dựng Chính quyền;\nCăn cứ Nghị quyết Liên tịch số\n19/2008/NQLT/CP-UBTUMTTQVN ngày\n22/8/2008 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về việc\nBan hành Quy chế phối hợp công tác của Chính phủ và Ủy ban Trung ương Mặt trận\nTổ quốc Việt Nam;",
    [("01/QCPH/UBND-UBMTTQ","2017-10-27"),("217-QĐ/TW","2013-12-12"),("218-QĐ/TW","2013-12-12"),("19/2008/NQLT-CP-UBTUMTTQVN","2008-08-22")])

add("https://thuviennhadat.vn/vbpl/quyet-dinh-3970-qd-ubnd-nam-2013-thanh-lap-doi-cong-tac-xa-hoi-tinh-nguyen-dong-nai-217955.html",
    "provincial decision: number on its own line in the header, symbols split by line breaks",
    "ỦY BAN NHÂN\nDÂN\nTỈNH ĐỒNG NAI\n--------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n-------------------\n|\nSố:\n3970/QĐ-UBND\n|\nĐồng Nai, ngày\n04 tháng 12 năm 2013\n|\nQUYẾT ĐỊNH\nBAN HÀNH ĐỀ ÁN THÀNH LẬP ĐỘI CÔNG TÁC XÃ HỘI TÌNH NGUYỆN TẠI\nXÃ, PHƯỜNG, THỊ TRẤN TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI\nỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/\n2003;\nCăn cứ Nghị định số 61/2011/NĐ-CP ngày\n26/7/2011 của Chính phủ về sửa đổi, bổ sung một số điều của Nghị định số\n135/2004/NĐ-CP ngày 10/6/2004 của Chính phủ quy định về chế độ áp dụng biện\npháp đưa vào cơ sở chữa bệnh; tổ chức hoạt động của cơ sở chữa bệnh theo pháp lệnh\nxử lý vi phạm hành chính và chế độ áp dụng đối với người chưa thành niên vào cơ\nsở chữa bệnh;\nCăn cứ Thông tư liên tịch số\n24/2012/TTLT-BLĐTBXH-BNV-BTC ngày 22/10/2012 của liên Bộ: Lao động - Thương\nbinh và Xã hội, Nội vụ, Tài chính quy định việc thành lập, giải thể, tổ chức hoạt\nđộng và chế độ, chính sách đối với Đội công tác xã hội tình nguyện tại xã, phường,\nthị trấn;\nXét đề nghị của Giám đốc Sở Lao động - Thương\nbinh và Xã hội tại Tờ trình số 59/TTr-LĐTBXH ngày 14/8/2013 về việc phê duyệt Đề\nán thành lập Đội công tác xã hội tình nguyện tại xã, phường, thị trấn trên địa\nbàn tỉnh Đồng Nai,\nQUYẾT ĐỊNH:",
    [("3970/QĐ-UBND","2013-12-04"),("61/2011/NĐ-CP","2011-07-26"),("135/2004/NĐ-CP","2004-06-10"),("24/2012/TTLT-BLĐTBXH-BNV-BTC","2012-10-22"),("59/TTr-LĐTBXH","2013-08-14")], ocr=True)

add("https://hieuluat.vn/hanh-chinh/quyet-dinh-668-qd-ubkttw-uy-ban-kiem-tra-trung-uong-2cfa2.html",
    "Party inspection commission's decision page: metadata fields, header with letters lost by the source (CHP, ĐNG), Căn cứ with dd-m-yyyy dates",
    "Quyết định 668-QĐ/UBKTTW bổ sung mẫu văn bản nghiệp vụ về công tác thi hành kỷ luật đảng\n\n • Thuộc tính văn bản\n\n  Cơ quan ban hành: Uỷ ban Kiểm tra Trung ương Số công báo: Đang cập nhật\n  Số hiệu: 668-QĐ/UBKTTW Ngày đăng công báo: Đang cập nhật\n  Loại văn bản: Quyết định Người ký: Trần Cẩm Tú\n  Ngày ban hành: 01/12/2017 Hết hiệu lực: Đang cập nhật\n  Áp dụng: 01/12/2017 Tình trạng hiệu lực: Còn Hiệu lực\n  Lĩnh vực: Hành chính\n • BAN CHP HÀNH TRUNG ƯƠNG\n  ỦY BAN KIỂM TRA\n  -------\n\n  Số: 668-QĐ/UBKTTW\n\n  ĐNG CỘNG SẢN VIỆT NAM\n  ---------------\n\n  Hà Nội, ngày 01 tháng 12 năm 2017\n\n   \n\n   \n\n  QUYẾT ĐỊNH\n\n  BAN HÀNH BỔ SUNG MỘT SỐ MẪU VĂN BẢN NGHIỆP VỤ VỀ CÔNG TÁC KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT ĐẢNG\n\n   \n\n  - Căn cứ Điều lệ Đảng;\n\n  - Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII;\n\n  - Căn cứ Quy định số 66-QĐ/TW, ngày 06-2-2017 của Ban Bí thư về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng;\n\n  - Xét đề nghị của Vụ Tổng hợp,",
    [("668-QĐ/UBKTTW","2017-12-01"),("668-QĐ/UBKTTW","2017-12-01"),("668-QĐ/UBKTTW","2017-12-01"),("66-QĐ/TW","2017-02-06")])

add("https://huongvinh.thuathienhue.gov.vn/?cn=97&gd=4&tc=2115",
    "commune Party committee news: CT/TU of the province and of the town Party committee (Thị ủy), 'Chỉ thị 02-CT/TU, ngày'",
    "Tại hội nghị này, các đồng chí Ủy viên Ban Chấp hành Đảng bộ đã nhất trí và thông qua Chương trình làm việc của Đảng ủy, Nghị quyết Quốc phòng - an ninh và Chương trình kiểm tra, giám sát của Đảng ủy năm 2021.\nĐồng chí Nguyễn Văn Bổn, Bí thư Đảng ủy, Chủ tịch HĐND xã đã đánh giá những kết quả đạt được trong năm 2020 trên tất cả các lĩnh vực, đồng thời yêu cầu triển khai thực hiện một số nội dung quan trọng sau:\nTiếp tục tuyên truyền, treo cờ, khẩu hiệu tại các địa điểm trung tâm xã và dọc đường Tỉnh lộ 4, vệ sinh đường làng, ngõ xóm chào mừng Đại hội Đảng toàn quốc lần thứ XIII, nhiệm kỳ 2020 - 2025 và tổ chức Tết Nguyên Đán Tân Sửu 2021 theo tinh thần, nội dung của Chỉ thị 02-CT/TU, ngày 23/12/2020 của Tỉnh ủy và Chỉ thị 05-CT/TU, ngày 25/12/2020 của Ban Thường vụ Thị ủy.",
    [("02-CT/TU","2020-12-23"),("05-CT/TU","2020-12-25")])

add("https://hesinhthaidoanhnghiep.com/0538H3841d39FbD",
    "provincial Party resolution written in the State form (22/NQ-TU)",
    "Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang về Chuyển đổi số tỉnh Kiên Giang đến năm 2025 và Định hướng đến năm 2030.\nI- Tinh Hình Và Nguyên Nhân\n- Chuyển đổi số là xu hướng phát triển của thời đại mở ra nhiều cơ hội, tác động mạnh mẽ đến tất cả các lĩnh vực của đời sống kinh tế, xã hội, tạo điều kiện để các địa phương nắm bắt, bứt phá vươn lên.",
    [("22-NQ/TU","2022-06-08")])

add("https://thuvienphapluat.vn/bulletin/document.aspx?bid=aa77358e-c260-424d-a762-2e74c705823e&key=yl5JUHXz8PgT4p3YrS%2FzBQ%3D%3D",
    "provincial plan: numbered Căn cứ list, dates broken across lines, NQ/TU of the provincial Party committee",
    "ỦY\nBAN NHÂN DÂN\nTỈNH TIỀN GIANG\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 383/KH-UBND\n|\nTiền\nGiang, ngày 07 tháng 12 năm 2022\n|\nKẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI, HƯỚNG\nTỚI NÔNG THÔN MỚI THÔNG MINH TRÊN ĐỊA BÀN TỈNH TIỀN GIANG GIAI ĐOẠN 2022-2025\nI. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22\ntháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số\ntrong xây dựng nông thôn mới, hướng tới nông thôn mới thông minh giai đoạn\n2021-2025;\n2. Thông tư 05/2022/TT-BNNPTNT ngày\n25 tháng 7 năm 2022 của Bộ Nông nghiệp và Phát triển nông thôn về hướng dẫn một\nsố nội dung thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới\ngiai đoạn 2021 - 2025 thuộc phạm vi quản lý nhà nước của Bộ Nông nghiệp và Phát\ntriển nông thôn.\n3. Nghị quyết số 05-NQ/TU ngày 17\ntháng 6 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về lãnh đạo xây dựng nông thôn\nmới trên địa bàn tỉnh đến năm 2025.\n4. Nghị quyết số 25/NQ-HĐND ngày 17\ntháng 9 năm 2021 của Hội đồng nhân dân tỉnh về phát triển kinh tế - xã hội tỉnh\nTiền Giang 5 năm 2021-2025.\n5. Nghị quyết số 08-NQ/TU ngày 06\ntháng 10 năm 2021 của Tỉnh ủy về chuyển đổi số tỉnh Tiền Giang đến năm 2025 và\nđịnh hướng đến năm 2030.\n6. Quyết định số 605/QĐ-UBND ngày 16\ntháng 3 năm 2022 của Ủy ban nhân dân tỉnh Phê duyệt Đề án Chính quyền số tỉnh\nTiền Giang giai đoạn 2020- 2025, định hướng đến năm 2030.\n7. Kế hoạch số 370/KH-UBND ngày\n08/12/2021 của Ủy ban nhân dân tỉnh về Chuyển đổi số tỉnh Tiền Giang giai đoạn",
    [("383/KH-UBND","2022-12-07"),("924/QĐ-TTg","2022-08-22"),("05/2022/TT-BNNPTNT","2022-07-25"),("05-NQ/TU","2021-06-17"),("25/NQ-HĐND","2021-09-17"),("08-NQ/TU","2021-10-06"),("605/QĐ-UBND","2022-03-16"),("370/KH-UBND","2021-12-08")], ocr=True)

add("http://isg.mard.gov.vn/Landscapes.aspx?CM=CM003&CategoryID=CA001&SubCategoryID=SC003",
    "ministry news: Prime Minister's decisions in running prose",
    "Thủ tướng Chính phủ vừa ban hành Quyết định 676/QĐ-TTg, ngày 18/5/2017 phê duyệt “Đề án xây dựng nông thôn mới trong quá trình đô thị hóa trên địa bàn cấp huyện giai đoạn 2017 – 2020” nhằm cụ thể hóa Quyết định số 558/QĐ-TTg ngày 05/4/2016. Đến năm 2020, có 30% số huyện được lập quy hoạch xây dựng vùng huyện (ưu tiên các huyện có mức độ đô thị hóa cao).",
    [("676/QĐ-TTg","2017-05-18"),("558/QĐ-TTg","2016-04-05")])

add("https://text.123docz.net/document/7073272-tieu-luan-mon-xay-dung-dang-nang-cao-cha-t-luo-ng-ho-c-ta-p-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-o-dang-bo-tinh-bac-giang.htm",
    "essay on a provincial Party organisation: the date before the directive ('ngày 15/5/2016, Bộ Chính trị đã ban hành Chỉ thị số 05-CT/TW'), a later bare mention",
    "MỞ ĐẦU\nThực hiện Nghị quyết Đại hội XII của Đảng, phát huy những kết quả đạt\nđược sau 5 năm thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị,\nngày 15/5/2016, Bộ Chính trị đã ban hành Chỉ thị số 05-CT/TW về “Đẩy mạnh học\ntập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”. Chỉ thị khẳng định:\n“Đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh là\nmột nội dung quan trọng của công tác xây dựng, chỉnh đốn Đảng; góp phần xây\ndựng Đảng trong sạch, vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức”.\nSau 3 năm thực hiện Chỉ thị 05-CT/TW trong Đảng bộ tỉnh Bắc Giang đã đạt\nđược những kết quả tích cực, khá toàn diện.",
    [("03-CT/TW","2011-05-14"),("05-CT/TW","2016-05-15"),("05-CT/TW","2016-05-15")])

add("http://tailieumienphi.vn/doc/ebook-hoi-dap-ve-sinh-hoat-chi-bo-o-co-so-phan-1-outjuq.html",
    "book preface on Party cell meetings: one Party regulation in prose",
    "Chi bộ là nền móng của Đảng, chi bộ tốt thì mọi việc sẽ tốt”1. Chi bộ là hạt nhân lãnh đạo chính trị ở cơ sở. Để nâng cao năng lực lãnh đạo và sức chiến đấu của chi bộ, thì một trong những nội dung quan trọng là nâng cao chất lượng sinh hoạt chi bộ. Căn cứ vào Điều lệ Đảng được thông qua từ Đại hội đại biểu toàn quốc lần thứ XI của Đảng, Quy định số 29-QĐ/TW ngày 25/7/2016 của Bộ Chính trị về thi hành Điều lệ Đảng và các văn bản hiện hành, Nhà xuất bản Chính trị quốc gia Sự thật xuất bản cuốn sách",
    [("29-QĐ/TW","2016-07-25")])

add("http://thyentho.pgdyendinh.edu.vn/tabid/3971/post/11137/KE-HOACH-To-chuc-Tet-Sum-vay-Xuan-binh-an-nam-2022.aspx",
    "district trade union plan: 'Số: 34 /KH-LĐLĐ' (space before the slash), date glued to 'của'",
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA\n\nLIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH\n\nSố: 34 /KH-LĐLĐ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nYên Định, ngày 08 tháng 12 năm 2021\n\n \n\nKẾ HOẠCH\n\nTổ chức “Tết Sum vầy – Xuân bình an” năm 2022\n\n \n\nThực hiện Kế hoạch số 168/KH-LĐLĐ ngày 03/12/2021của LĐLĐ tỉnh Thanh Hóa, trên cơ sở Kế hoạch số 31/KH-LĐLĐ, ngày 12/11/2021 của LĐLĐ huyện về việc tổ chức các hoạt động chăm lo cho đoàn viên, người lao động nhân dịp Tết Nguyên đán Nhâm Dần – 2022, Ban Thường vụ LĐLĐ huyện triển khai kế hoạch tổ chức “Tết Sum vầy – Xuân bình an” năm 2022 như sau:",
    [("34/KH-LĐLĐ","2021-12-08"),("168/KH-LĐLĐ","2021-12-03"),("31/KH-LĐLĐ","2021-11-12")])

add("https://ubmttqvn.quangtri.gov.vn/index.php/savefile/dai-hoi2024/quy-dinh-so-20-qd-tw-ve-thi-hanh-dieu-le-dang-7809.html",
    "provincial Fatherland Front page as raw HTML: the slash written as an HTML entity (&#x002F;)",
    "<title>Quy định số 20-QĐ&#x002F;TW về thi hành điều lệ Đảng</title>\n<meta name=\"description\" content=\"Quy định số 20-QĐ&#x002F;TW về thi hành điều lệ Đảng - Savefile - Tin Tức -...\">\n<meta name=\"generator\" content=\"NukeViet v4.5\">\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<meta property=\"og:title\" content=\"Quy định số 20-QĐ&#x002F;TW về thi hành điều lệ Đảng\">",
    [("20-QĐ/TW",None),("20-QĐ/TW",None),("20-QĐ/TW",None)])

add("https://vietlaopower.com/tin-tuc/cong-ty-cp-dien-viet-lao/dai-hoi-chi-bo-nhiem-ky-2017-2020-1016.html",
    "enterprise Party committee news: KH/TV of a corporation's Party committee, KH/ĐUCT of a company's",
    "ĐẠI HỘI CHI BỘ NHIỆM KỲ 2017 - 2020\n\nThực hiện Kế hoạch số 24-KH/TV ngày 05/7/2017 của Đảng ủy Tổng công ty Sông Đà và kế hoạch số 110-KH/ĐUCT ngày 09/8/2017 của Đảng ủy Công ty về kế hoạch đại hội chi bộ trực thuộc nhiệm kỳ 2017 – 2020, từ đầu tháng 10/2017 các chi bộ trực thuộc Đảng bộ Công ty CP Việt Lào đã tiến hành đại hội nhiệm kỳ 2017 – 2020.",
    [("24-KH/TV","2017-07-05"),("110-KH/ĐUCT","2017-08-09")], ocr=True)

add("https://hethongphapluat.com/ke-hoach-104-kh-ubnd-8506f1496721ad11971d95bc02472e94.html",
    "provincial plan header and one Prime Minister's decision",
    "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 104/KH-UBND\n\nHưng Yên, ngày 02 tháng 7 năm 2021\n\n \n\nKẾ HOẠCH\n\nTRIỂN KHAI THỰC HIỆN ĐỀ ÁN “NÂNG CAO NĂNG LỰC, HIỆU LỰC, HIỆU QUẢ GIÁM SÁT, KIỂM TRA, THANH TRA NHẰM PHÒNG NGỪA, PHÁT HIỆN, XỬ LÝ HÀNH VI VI PHẠM PHÁP LUẬT, TIÊU CỰC, THAM NHŨNG, LÃNG PHÍ TRONG DOANH NGHIỆP NHÀ NƯỚC” TRÊN ĐỊA BÀN TỈNH HƯNG YÊN GIAI ĐOẠN 2021 - 2025\n\nThực hiện Quyết định số 695/QĐ-TTg ngày 10/5/2021 của Thủ tướng Chính phủ về việc ban hành Đề án “Nâng cao năng lực, hiệu lực, hiệu quả giám sát, kiểm tra, thanh tra nhằm phòng ngừa, phát hiện, xử lý hành vi vi phạm pháp luật, tiêu cực, tham nhũng, lãng phí trong doanh nghiệp nhà nước”, Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai thực hiện Đề án trên địa bàn tỉnh giai đoạn 2021 - 2025 như sau:",
    [("104/KH-UBND","2021-07-02"),("695/QĐ-TTg","2021-05-10")])

add("https://thanhtra.quangtri.gov.vn/index.php/vi/news/savefile/Tin-tuc-su-kien/Cum-thi-dua-Thanh-tra-cac-tinh-Bac-Trung-bo-so-ket-6-thang-dau-nam-2016-100/",
    "inspectorate news: an emulation cluster's plan and notice (KH-CTĐ, TB-CTĐ), a 'Công văn số' that is a TB",
    "Thực hiện Kế hoạch số 74/KH-CTĐ ngày 25/02/2016 của Cụm thi đua Thanh tra các tỉnh Bắc trung bộ; Công văn số 297/TB-CTĐ ngày 15/6/2016 về việc thông báo kế hoạch tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2016, ngày 1/7/2016, tại TP. Đông Hà (Quảng Trị), Cụm thi đua Thanh tra các tỉnh Bắc Trung bộ tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016.",
    [("74/KH-CTĐ","2016-02-25"),("297/TB-CTĐ","2016-06-15")])

add("https://thuviennhadat.vn/vbpl/ke-hoach-4544-kh-ubnd-2023-giam-sat-danh-gia-chuong-trinh-giam-ngheo-ben-vung-quang-nam-576882.html",
    "provincial plan: header on broken lines, 'số\\n27/2022/NĐ-CP', dates on the next line",
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 4544/KH-UBND\n|\nQuảng Nam, ngày\n13 tháng 7 năm 2023\n|\nKẾ HOẠCH\nGIÁM SÁT, ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\nGIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH QUẢNG NAM NĂM 2023\nThực hiện Nghị định số\n27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ về quy định cơ chế quản lý, tổ chức\nthực hiện các chương trình mục tiêu quốc gia; Quyết định số 90/QĐ-TTg ngày\n18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia Giảm\nnghèo bền vững giai đoạn 2021-2025; Thông tư số 10/2022/TT-BLĐTBXH ngày\n31/5/2022 của Bộ Lao động - Thương binh và Xã hội hướng dẫn giám sát, đánh giá\nthực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 -\n2025. Trên cơ sở Kế hoạch số 6103/KH-UBND ngày 16/9/2022 của UBND tỉnh về Giám\nsát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai\nđoạn 2021 - 2025 trên địa bàn tỉnh Quảng Nam; UBND tỉnh ban hành Kế hoạch giám\nsát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên\nđịa bàn tỉnh năm 2023 (sau đây gọi tắt là Chương trình) như sau:",
    [("4544/KH-UBND","2023-07-13"),("27/2022/NĐ-CP","2022-04-19"),("90/QĐ-TTg","2022-01-18"),("10/2022/TT-BLĐTBXH","2022-05-31"),("6103/KH-UBND","2022-09-16")], ocr=True)

add("https://kinhtedothi.vn/tag/cap-bach-phong-chong-dich",
    "newspaper tag page: a district Party committee's directive written in the State form (08/CT-HU), no date",
    "Gia Lâm tăng cường trách nhiệm của người đứng đầu cấp ủy trong phòng chống dịch\n\nKinhtedothi - Thực hiện Chỉ thị 05 của Thành ủy Hà Nội về tăng cường trách nhiệm của hệ thống chính trị và người đứng đầu cấp ủy, chính quyền các cấp trong thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19, Ban Thường vụ Huyện ủy Gia Lâm đã quán triệt tới toàn bộ hệ thống chính trị từ huyện đến cơ sở, đồng thời ban hành Chỉ thị số 08/CT-HU về tăng cường trách nhiệm của hệ thống chính trị và người đứng đầu cấp ủy, chính quyền các cấp trong thực hiện các biện pháp cấp bách phòng chống dịch Covid-19.",
    [("08-CT/HU",None)])

add("http://baoquangnam.vn/xay-dung-dang/hiep-duc-trien-khai-nhieu-giai-phap-thuc-hien-chi-thi-03-cua-bo-chinh-tri-23741.html",
    "provincial newspaper's Party-building page: a bare directive number and one full symbol without date",
    "Chiều qua 15.10, Bộ phận giúp việc thực hiện Chỉ thị 03 của Tỉnh ủy đã có cuộc làm việc với Ban Thường vụ Huyện ủy Hiệp Đức về tình hình lãnh đạo, chỉ đạo và tổ chức thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị (khóa XI) về “Tiếp tục đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh” trên địa bàn.\n\nHơn 3 năm qua, Huyện ủy Hiệp Đức chú trọng lãnh đạo, chỉ đạo thực hiện Chỉ thị 03 gắn với thực hiện nhiệm vụ chính trị của địa phương.",
    [("03-CT/TW",None)])

add("https://vanbanphapluat.co/cong-van-13-btc-tdkt-bo-sung-huong-dan-cong-tac-khen-thuong-tai-dai-hoi-cap-tinh-cap-huyen",
    "official letter page: title mentions, header with 'V/v' line, a guidance in parentheses",
    "Công văn 13/BTC-TĐKT\n\nCông văn 13/BTC-TĐKT về bổ sung hướng dẫn công tác khen thưởng tại Đại hội cấp tỉnh, cấp huyện do Tiểu Ban Thi đua - Khen thưởng ban hành\n\nNội dung toàn văn Công văn 13/BTC-TĐKT bổ sung hướng dẫn công tác khen thưởng tại Đại hội cấp tỉnh, cấp huyện\n\n\nBAN TỔ CHỨC\nĐẠI HỘI ĐẠI BIỂU\nCÁC DÂN TỘC THIỂU SỐ VIỆT NAM\nTIỂU BAN THI ĐUA – KHEN THƯỞNG\n-------------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n-------------------\n\nSố: 13/BTC-TĐKT\nV/v bổ sung hướng dẫn công tác khen thưởng tại Đại hội cấp tỉnh, cấp huyện\n\nHà Nội, ngày 08 tháng 09 năm 2009\n\n \n\nKính gửi:\n\nBan Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt Nam các tỉnh, thành phố trực thuộc Trung ương\n\n \n\nCăn cứ nội dung hướng dẫn tổ chức Đại hội đại biểu các dân tộc thiểu số cấp tỉnh, cấp huyện (Hướng dẫn số 04/HD-BCĐ ngày 11/8/2009 của Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt Nam), Tiểu ban Thi đua – Khen thưởng Đại hội hướng dẫn và yêu cầu Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số các tỉnh, thành phố trực thuộc Trung ương (Ban Chỉ đạo Đại hội cấp tỉnh) thực hiện một số nội dung cụ thể sau:",
    [("13/BTC-TĐKT","2009-09-08"),("13/BTC-TĐKT","2009-09-08"),("13/BTC-TĐKT","2009-09-08"),("13/BTC-TĐKT","2009-09-08"),("04/HD-BCĐ","2009-08-11")])

add("https://ls1.hethongphapluat.com/quyet-dinh-30-2016-qd-ubnd-nguyen-tac-tieu-chi-va-dinh-muc-phan-bo-von-dau-tu-phat-trien-nguon-ngan-sach-nha-nuoc-tinh-hai-duong-giai-doan-2016-2020.html",
    "provincial decision: laws cited by number and date, two laws after one 'Luật ... số'",
    "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 30/2016/QĐ-UBND\n\nHải Dương, ngày 01 tháng 11 năm 2016\n\nQUYẾT ĐỊNH\n\nBAN HÀNH CÁC NGUYÊN TẮC, TIÊU CHÍ VÀ ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN NGUỒN NGÂN SÁCH NHÀ NƯỚC TỈNH HẢI DƯƠNG GIAI ĐOẠN 2016-2020\n\nỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nCăn cứ Luật Đầu tư công số 49/2014/QH13 ngày 18 tháng 6 năm 2014;\n\nCăn cứ Nghị quyết số 14/2016/NQ-HĐND ngày 05/10/2016 của Hội đồng nhân dân tỉnh Hải Dương ban hành các nguyên tắc, tiêu chí và định mức phân bổ vốn đầu tư phát triển nguồn ngân sách nhà nước tỉnh Hải Dương giai đoạn 2016 - 2020;\n\nTheo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư,\n\nQUYẾT ĐỊNH:",
    [("30/2016/QĐ-UBND","2016-11-01"),("49/2014/QH13","2014-06-18"),("14/2016/NQ-HĐND","2016-10-05")], ocr=True)

add("https://thuvienphapluat.vn/van-ban/Dau-tu/Quyet-dinh-216-QD-UBND-2023-thuc-hien-Nghi-quyet-41-2022-NQ-HDND-Quang-Nam-553492.aspx",
    "provincial decision: a resolution cited in the upper-case title and again in Điều 1 (its short form 41/NQ-HĐND in a Căn cứ)",
    "Số: 216/QĐ-UBND\nQuảng Nam, ngày 06 tháng 02 năm 2023\nQUYẾT ĐỊNH\nVỀ VIỆC TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 41/2022/NQ-HĐND NGÀY 09/12/2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ QUY ĐỊNH CƠ CHẾ LỒNG GHÉP NGUỒN VỐN, HUY ĐỘNG NGUỒN VỐN VÀ TỶ LỆ SỐ LƯỢNG DỰ ÁN ĐẦU TƯ XÂY DỰNG THỰC HIỆN THEO CƠ CHẾ ĐẶC THÙ TRONG CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TRÊN ĐỊA BÀN TỈNH QUẢNG NAM GIAI ĐOẠN 2021 - 2025\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nCăn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ về quy định cơ chế quản lý, tổ chức thực hiện các Chương trình mục tiêu Quốc gia và các văn bản hướng dẫn thi hành;\nCăn cứ Nghị quyết số 41/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh về Quy định cơ chế lồng ghép nguồn vốn, huy động nguồn vốn và tỷ lệ số lượng dự án đầu tư xây dựng thực hiện theo cơ chế đặc thù trong các Chương trình mục tiêu quốc gia trên địa bàn tỉnh Quảng Nam giai đoạn 2021 - 2025;\nTheo đề nghị của Sở Kế hoạch và Đầu tư tại Tờ trình số 08/TTr-SKHĐT ngày 18/01/2023.\nQUYẾT ĐỊNH:\nĐiều 1. Triển khai thực hiện Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh về Quy định cơ chế lồng ghép nguồn vốn, huy động nguồn vốn và tỷ lệ số lượng dự án",
    [("216/QĐ-UBND","2023-02-06"),("41/2022/NQ-HĐND","2022-12-09"),("27/2022/NĐ-CP","2022-04-19"),("41/NQ-HĐND","2022-12-09"),("08/TTr-SKHĐT","2023-01-18"),("41/2022/NQ-HĐND","2022-12-09")], ocr=True)

add("https://thuvienphapluat.vn/van-ban/Giao-duc/Thong-tu-67-2011-TT-BGDDT-Tieu-chuan-danh-gia-truong-tieu-hoc-133818.aspx?tab=4",
    "ministry circular: decrees with dates, one cited twice, a decision symbol with '&'",
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 67/2011/TT-BGDĐT\nHà Nội, ngày 30 tháng 12 năm 2011\nTHÔNG TƯ\nBAN HÀNH QUY ĐỊNH VỀ TIÊU CHUẨN ĐÁNH GIÁ TRƯỜNG TIỂU HỌC\nCăn cứ Luật Giáo dục ngày 14 tháng 6 năm 2005; Luật sửa đổi, bổ sung một số điều của Luật Giáo dục ngày 25 tháng 11 năm 2009;\nCăn cứ Nghị định số 178/2007/NĐ-CP ngày 03 tháng 12 năm 2007 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các bộ, cơ quan ngang bộ;\nCăn cứ Nghị định số 32/2008/NĐ-CP ngày 19 tháng 3 năm 2008 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo;\nĐiều 2. Thông tư có hiệu lực thi hành kể từ ngày 14 tháng 02 năm 2012.\nThông tư này là căn cứ để điều chỉnh, bổ sung hoặc ban hành văn bản thay thế Quyết định số 32/2005/QĐ-BGD&ĐT ngày 24 tháng 10 năm 2005 của Bộ trưởng Bộ Giáo dục và Đào tạo",
    [("67/2011/TT-BGDĐT","2011-12-30"),("178/2007/NĐ-CP","2007-12-03"),("32/2008/NĐ-CP","2008-03-19"),("32/2005/QĐ-BGD&ĐT","2005-10-24")], ocr=True)

add("http://longbien.hanoi.gov.vn/van-ban-chi-ao-15-nam?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-5&p_p_col_count=1&_101_type=content&_101_struts_action=%2Fasset_publisher%2Fview_content&_101_assetEntryId=3927343&_101_urlTitle=ke-hoach-to-chuc-le-ky-niem-15-nam-ngay-thanh-lap-quan-va-on-huan-chuong-lao-ong-hang-nhat-lan-thu-2-",
    "urban district portal: the date before the district Party committee's plan ('Ngày 04/7/2018, Quận ủy ban hành Kế hoạch số 149-KH/QU v/v')",
    "Kế hoạch tổ chức Lễ kỷ niệm 15 năm ngày thành lập Quận và đón Huân chương Lao động hạng Nhất (lần thứ 2)\n11/09/2018 | 08:39  | Lượt xem: 3565\n\nNgày 04/7/2018, Quận ủy ban hành Kế hoạch số 149-KH/QU v/v tổ chức Lễ kỷ niệm 15 năm ngày thành lập Quận và đón Huân chương Lao động hạng Nhất (lần thứ 2)\n\nTheo đó, Lễ kỷ niệm sẽ được tổ chức vào 8h30p ngày 06/11/2018, với tổng số 398 đại biểu, tại hội trường Khu Liên cơ quan quận Long Biên,",
    [("149-KH/QU","2018-07-04")])

add("https://caugiay.hanoi.gov.vn/chi-dao-dieu-hanh/-/view_content/4397496-ke-hoach-to-chuc-cac-hoat-dong-tuyen-truyen-ky-niem-50-nam-thuc-hien-di-chuc-cua-chu-tich-ho-chi-minh-1969-2019-va-50-nam-ngay-mat-cua-nguoi-02-9-1969.html",
    "urban district portal: a city Party committee's plan and the district Party committee's (lower-case 'kế hoạch số 108-KH/QU ngày')",
    "Kế hoạch tổ chức các hoạt động tuyên truyền kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969-2019) và 50 năm Ngày mất của Người (02/9/1969-02/9/2019)\nNgày đăng 09/05/2019 | 10:00  | View count: 1617\n\nThực hiện Kế hoạch số 111-KH/TU ngày 11/12/2018 của Ban Thường vụ Thành uỷ Hà Nội về việc “Tuyên truyền, kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2019”,\n\nNhằm tiếp tục nâng cao nhận thức, khẳng định giá trị trường tồn của Di chúc; tôn vinh công lao to lớn của Chủ tịch Hồ Chí Minh đối với sự nghiệp cách mạng của Đảng, của dân tộc cùng với giá trị to lớn về tư tưởng và tấm gương đạo đức, phong cách của Người; cổ vũ, động viên Đảng bộ, chính quyền và các tầng lớp Nhân dân quận thi đua, quyết tâm thực hiện thắng lợi Di chúc của Chủ tịch Hồ Chí Minh trong giai đoạn Cách mạng mới, Ban Thường vụ Quận ủy ban hành kế hoạch số 108-KH/QU ngày 02/5/2019 về tổ chức các hoạt động tuyên truyền kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969-2019) và 50 năm Ngày mất của Người (02/9/1969-02/9/2019) trên địa bàn Quận.",
    [("111-KH/TU","2018-12-11"),("108-KH/QU","2019-05-02")], ocr=True)

add("https://baotuyenquang.com.vn/kinh-te/trang-29.html",
    "newspaper listing: a plan's symbol in parentheses, no date",
    "Tuyên Quang phát động Tết trồng cây Xuân Ất Tỵ năm 2025\n- Nhằm phát huy truyền thống tốt đẹp và hưởng ứng phong trào thi đua chào mừng Đại hội Đảng các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động Tết trồng cây Xuân Ất Tỵ năm 2025 (Kế hoạch số 08/KH-UBND).",
    [("08/KH-UBND",None)])

add("http://vhttdldaklak.gov.vn/thoi-su/chi-thi-cua-ban-thuong-vu-tinh-uy-dak-lak-ve-viec-to-chuc-don-tet-nguyen-dan-tan-suu-nam-2021-9783.html",
    "provincial department news of a Party directive: space before the hyphen ('04 -CT/TU', '48 -CT/TW'), a date written 'ngày 29 tháng 12/2020' before the symbol, a closing line",
    "Chỉ thị của Ban Thường vụ Tỉnh ủy Đắk Lắk về việc tổ chức đón Tết Nguyên đán Tân Sửu năm 2021\n\nCập nhật lúc: 11:02 02/01/2021\n\nẢnh minh họa\n\nNgày 29 tháng 12/2020  Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị số 04 -CT/TU về việc tổ chức đón Tết Nguyên đán Tân Sửu năm 2021. Theo đó Chỉ thị của Ban Thường vụ Tỉnh ủy được ban hành trên cơ sở thực hiện Chỉ thị số 48 -CT/TW, ngày 09/12/2020 của Ban Bí thư Trung ương Đảng về việc “Tổ chức Tết năm 2021”, Ban Thường vụ Tỉnh ủy Đắk Lắk yêu cầu các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội của tỉnh triển khai tổ chức thực hiện Chỉ thị nhằm chuẩn bị tốt các điều kiện để Nhân dân trên địa bàn tỉnh vui Xuân, đón Tết Nguyên đán Tân Sửu năm 2021, góp phần thực hiện thắng lợi nhiệm vụ năm 2021 theo Nghị quyết số 02-NQ/TU, ngày 04/12/2020 của tỉnh ủy gắn với phòng, chống dịch bệnh COVID-19.\n\nChỉ thị 04-CT/TU, ngày 29/12/2020  \n\nVõ Phượng",
    [("04-CT/TU","2020-12-29"),("48-CT/TW","2020-12-09"),("02-NQ/TU","2020-12-04"),("04-CT/TU","2020-12-29")])

add("https://hoanhap.vn/tag/bieu-qua-tet",
    "news tag page: one directive with 'số ... ngày'",
    "Chỉ thị của Ban Bí thư: Nghiêm cấm biếu, tặng quà Tết cho lãnh đạo các cấp dưới mọi hình thức\n\nThay mặt Ban Bí thư, Thường trực Ban Bí thư Trương Thị Mai đã ký ban hành Chỉ thị số 26-CT/TW ngày 23/11/2023 về việc tổ chức Tết Giáp Thìn năm 2024.",
    [("26-CT/TW","2023-11-23")])

add("https://vietbao.vn/ha-noi-cho-phep-to-chuc-le-hoi-dip-tet-nguyen-dan-du-f0-lien-tuc-lap-dinh-308065.html",
    "news: a city directive mentioned without date",
    "Nội dung nêu trên thể hiện trong Chỉ thị số 26/CT-UBND được Chủ tịch UBND TP Hà Nội Chu Ngọc Anh vừa ký và ban hành.\n\nTheo đó, Hà Nội yêu cầu các cơ quan liên quan đảm bảo công tác lãnh đạo, chỉ đạo tổ chức cho nhân dân đón Xuân mới vui tươi, lành mạnh, an toàn, tiết kiệm với phương châm \"mọi người, mọi nhà đều có Tết\".",
    [("26/CT-UBND",None)])

add("https://thuvienphapluat.vn/van-ban/Thuong-mai/Ke-hoach-167-KH-UBND-2018-thuc-hien-nhiem-vu-phat-trien-kinh-te-xa-hoi-thu-chi-ngan-sach-Ha-Noi-392841.aspx?ac=emails",
    "city plan: header date split across lines, programme symbol on the next line after 'số'",
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 167/KH-UBND\n|\nHà Nội, ngày 24\ntháng 8 năm 2018\n|\nKẾ HOẠCH\nTHỰC\nHIỆN NGHỊ QUYẾT CỦA HĐND THÀNH PHỐ VỀ NHỮNG NHIỆM VỤ TRỌNG TÂM PHÁT TRIỂN KINH\nTẾ - XÃ HỘI, THU CHI NGÂN SÁCH 6 THÁNG CUỐI NĂM 2018\nThực hiện Kế hoạch phát triển kinh tế - xã hội năm\n2018, ngay từ đầu năm UBND Thành phố đã ban hành Chương trình hành động số\n34/CTr-UBND ngày 28/01/2018 với 188 nhiệm vụ cụ thể để tập trung lãnh đạo, chỉ\nđạo thực hiện thắng lợi các mục tiêu, nhiệm vụ trong năm 2018; đồng thời ban\nhành các kế hoạch theo từng lĩnh vực để tập trung chỉ đạo, điều hành và tổ chức\nthực hiện.",
    [("167/KH-UBND","2018-08-24"),("34/CTr-UBND","2018-01-28")])

add("https://suckhoedoisong.vn/dua-gia-lam-len-quan.html",
    "health newspaper tag page: a city plan without date",
    "Hoàn thiện hồ sơ, trình Đề án đưa Đông Anh và Gia Lâm lên quận từ Quý IV/2023\n\nThời sự - 06/03/2023 14:50\n\nSKĐS - Chủ tịch UBND TP. Hà Nội Trần Sỹ Thanh vừa ký ban hành Kế hoạch số 68/KH-UBND triển khai thực hiện Đề án đầu tư, xây dựng 5 huyện: Đông Anh, Gia Lâm, Thanh Trì, Hoài Đức, Đan Phượng thành quận.",
    [("68/KH-UBND",None)])

add("https://hieuluat.vn/chinh-sach/ke-hoach-242-kh-ubnd-thuc-hien-chuong-trinh-nghi-su-2030-vi-su-phat-trien-ben-vung-1d0e6.html",
    "raw HTML of a city plan's header table: number and date in different cells, inside tags",
    "<p><span style=\"font-size: small;\"><span style=\"font-family: Arial;\"> </span></span></p> <table border=\"1\" cellpadding=\"0\" cellspacing=\"0\" class=\"MsoNormalTable\" style=\"margin-left:5.4pt;border-collapse:collapse;border:none;mso-yfti-tbllook: 1184;mso-padding-alt:0in 0in 0in 0in;mso-border-insideh:cell-none;mso-border-insidev: cell-none\"> <tbody> <tr> <td style=\"width:2.25in;border:none;padding:0in 5.4pt 0in 5.4pt\" valign=\"top\" width=\"216\"> <p align=\"center\" class=\"MsoNormal\" style=\"text-align:center\"><span style=\"font-size: small;\"><span style=\"font-family: Arial;\"><b>ỦY BAN NHÂN DÂN<br /> THÀNH PHỐ HÀ NỘI</b><br /> <b><span lang=\"VI\">-------</span></b></span></span><b><span style=\"font-size:10.0pt;font-family:\"Arial\",\"sans-serif\"\"><o:p></o:p></span></b></p> <p align=\"center\" class=\"MsoNormal\" style=\"text-align:center\"><span style=\"font-size: small;\"><span style=\"font-family: Arial;\">Số: 242/KH-UBND</span></span><span style=\"font-size:10.0pt;font-family:\"Arial\",\"sans-serif\"\"><o:p></o:p></span></p> </td> <td style=\"width:4.25in;border:none;padding:0in 5.4pt 0in 5.4pt\" valign=\"top\" width=\"408\"> <p align=\"center\" class=\"MsoNormal\" style=\"text-align:center\"><span style=\"font-size: small;\"><span style=\"font-family: Arial;\"><b><span lang=\"VI\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br /> Độc lập - Tự do - Hạnh phúc<br /> ---------------</span></b></span></span><b><span style=\"font-size:10.0pt;font-family:\"Arial\",\"sans-serif\"\"><o:p></o:p></span></b></p> <p align=\"right\" class=\"MsoNormal\" style=\"text-align:right\"><span style=\"font-size: small;\"><span style=\"font-family: Arial;\"><i>Hà Nội, ngày 13 tháng 12 năm 2017</i></span></span><i><span style=\"font-size:10.0pt;font-family:\"Arial\",\"sans-serif\"\"><o:p></o:p></span></i></p> </td> </tr> </tbody> </table>",
    [("242/KH-UBND","2017-12-13")])

add("https://baodongkhoi.vn/hoat-dong-huong-den-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam-a106547.html",
    "provincial newspaper on the Women's Union: a provincial Party directive, lower-case 'chỉ thị 01-CT/TU, ngày 17-10-2020'",
    "BDK.VN - Hướng đến kỷ niệm 92 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20-10-1930 - 20-10-2022), Hội Liên hiệp Phụ nữ tỉnh (LHPN) có kế hoạch tổ chức nhiều hoạt động thiết thực.\n\nTheo đó, Hội sẽ tổ chức họp mặt Kỷ niệm 92 năm Ngày thành lập Hội LHPN Việt Nam (20-10-1930 - 20-10-2022) cấp tỉnh gắn với sơ kết 2 năm thực hiện chỉ thị 01-CT/TU, ngày 17-10-2020 của Ban Thường vụ Tỉnh ủy về phát động Phong trào thi đua “Đồng Khởi mới” giai đoạn 2020 - 2025, tầm nhìn đến năm 2030 trong hệ thống Hội LHPN.",
    [("01-CT/TU","2020-10-17")])

add("https://baoninhthuan.com.vn/news/137901p1c30/hoi-lien-hiep-phu-nu-tinhhoi-nghi-trien-khai-nghi-quyet-chuyen-de-nhiem-ky-20212026.htm",
    "provincial Women's Union: three resolutions of its executive committee (NQ-BCH), no dates",
    "Ngày 26/5, Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức Hội nghị triển khai nghị quyết chuyên đề của Ban Chấp hành Hội LHPN tỉnh, nhiệm kỳ 2021-2026.\n\nTại hội nghị, các đại biểu tập trung nghiên cứu nội dung 3 chuyên đề: Nghị quyết số 04/NQ-BCH về công tác xây dựng, củng cố và phát triển tổ chức Hội LHPN cấp cơ sở vững mạnh; Nghị quyết số 05/NQ-BCH về nâng cao chất lượng công tác tuyên truyền trong hệ thống Hội; Nghị quyết số 06/NQ-BCH về nâng cao năng lực cho phụ nữ vùng đồng bào dân tộc thiểu số, miền núi phát triển kinh tế, giảm nghèo bền vững.",
    [("04/NQ-BCH",None),("05/NQ-BCH",None),("06/NQ-BCH",None)])

add("https://phunuthudo.com.vn/ke-hoach-77-to-chuc-cac-hoat-dong-tuyen-truyen-dai-hoi-dai-bieu-phu-nu-cac-cap-tien-toi-dai-hoi-dai-bieu-phu-nu-thanh-pho-ha-noi-lan-thu-xvi-va-dai-hoi-dai-bieu-phu-nu-toan-quoc-lan-thu-xiii/",
    "city Women's Union plan: number padded with spaces ('Số    77  /KH-BTV'), day left blank in the header date, a chain of the union's plans and guidance",
    "HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBAN THƯỜNG VỤ\n\nĐộc lập – Tự do – Hạnh phúc\n\n   \n\nSố    77  /KH-BTV\n\nHà Nội, ngày     tháng 11 năm 2020\n\n \n\n \n\nKẾ HOẠCH\n\nTổ chức các hoạt động tuyên truyền Đại hội đại biểu phụ nữ các cấp tiến tới Đại hội đại biểu phụ nữ thành phố\n\nHà Nội lần thứ XVI và Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII\n\n \n\nThực hiện Kế hoạch số 888/KH-ĐCT, ngày 10/8/2020 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về việc chỉ đạo Đại hội phụ nữ các cấp tiến tới Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII; Hướng dẫn số 49/HD-ĐCT, ngày 01/10/2020 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về “Tổ chức các hoạt động tuyên truyền về Đại hội đại biểu Phụ nữ các cấp tiến tới Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII”; Kế hoạch số 64/KH-BTV, ngày 30/9/2020 của Ban Thường vụ Hội LHPN Hà Nội chỉ đạo Đại hội đại biểu Phụ nữ các cấp tiến tới Đại hội đại biểu Phụ nữ Thành phố lần thứ XVI, nhiệm kỳ 2021 – 2026; Ban Thường vụ Hội LHPN Hà Nội xây dựngkế hoạch tổ chức các hoạt động tuyên truyền trong các cấp Hội phụ nữ thành phố Hà Nội như sau:",
    [("77/KH-BTV",None),("888/KH-ĐCT","2020-08-10"),("49/HD-ĐCT","2020-10-01"),("64/KH-BTV","2020-09-30")])

add("http://tuoitregiongrieng.com/16839",
    "district Youth Union news: 'ngày 14 tháng 10 năm 2024' after a district Youth Union plan; a commune Youth Union plan with no issue date (the date after it is a meeting's)",
    "Thực hiện Điều lệ đoàn TNCS Hồ Chí Minh; Thực hiện Kế hoạch số 99-KH/ĐTN ngày 14 tháng 10 năm 2024 của Ban chấp hành đoàn Huyện Giồng Riềng về việc chỉ đạo tổ chức Đại hội các chi đoàn trực thuộc Đoàn cơ sở nhiệm kỳ 2024-2025; Đoàn xã Hòa Hưng đã xây dựng Kế hoạch số 31-KH/ĐTN về việc chỉ đạo tổ chức Đại hội các chi đoàn trực thuộc nhiệm kỳ 2024-2025 , ngày 22/10/2024 chọn ấp Hòa Tân làm đại hội điểm. Sau đại hội điểm các chi đoàn còn lại đã đồng loạt tổ chức thành công 7/7 chi đoàn tổ chức Đại hội chi đoàn theo kế hoạch đã đề ra.",
    [("99-KH/ĐTN","2024-10-14"),("31-KH/ĐTN",None)])

add("https://tailieu.vn/doc/quyet-dinh-so-23-2007-qd-bldtbxh-115359.html",
    "document-sharing page: title repeats, header flattened onto one line, Căn cứ run together",
    "Quyết định số 23/2007/QĐ-BLĐTBXH\n\nMô tả tài liệu\n  Download Vui lòng tải xuống để xem tài liệu đầy đủ\n\nQuyết định số 23/2007/QĐ-BLĐTBXH về việc ban hành hệ thống chỉ tiêu theo dõi, giám sát chương trình mục tiêu quốc gia giảm nghèo giai đoạn 2006-2010 của cấp tỉnh do Bộ lao động, thương binh và xã hội ban hành.\n\nNội dung Text: Quyết định số 23/2007/QĐ-BLĐTBXH\n\n  1. BỘ LAO ĐỘNG – THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BINH VÀ XÃ HỘI Độc lập – Tự do – Hạnh phúc ******* ******* Số: 23/2007/QĐ-BLĐTBXH Hà Nội, ngày 05 tháng 10 năm 2007 QUYẾT ĐỊNH BAN HÀNH HỆ THỐNG CHỈ TIÊU THEO DÕI, GIÁM SÁT CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO GIAI ĐOẠN 2006-2010 CỦA CẤP TỈNH BỘ TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI Căn cứ Nghị định số 29/2003/NĐ-CP ngày 31 tháng 3 năm 2003 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động – Thương binh và Xã hội; Căn cứ Quyết định số 42/2002/QĐ-TTg ngày 19 tháng 3 năm 2002 của Thủ tướng Chính phủ về quản lý và điều hành các Chương trình mục tiêu quốc gia; Căn cứ Quyết định số 20/2007/QĐ-TTg ngày 05 tháng 02 năm 2007 của Thủ tướng Chính phủ về việc phê duyệt Chương trình mục tiêu quốc gia giảm nghèo giai đoạn 2006-2010; Xét đề nghị của Vụ trưởng Vụ Bảo trợ xã hội, QUYẾT ĐỊNH",
    [("23/2007/QĐ-BLĐTBXH","2007-10-05"),("23/2007/QĐ-BLĐTBXH","2007-10-05"),("23/2007/QĐ-BLĐTBXH","2007-10-05"),("23/2007/QĐ-BLĐTBXH","2007-10-05"),("29/2003/NĐ-CP","2003-03-31"),("42/2002/QĐ-TTg","2002-03-19"),("20/2007/QĐ-TTg","2007-02-05")])

add("https://github.com/HuyenBanhBao/quiz-ct/blob/2d82f94c329e50bcf56079123ea2ad01481cf865/src/questions.js",
    "military unit's quiz on Party resolutions: answer options with a space after the hyphen ('3488- NQ/QUTW', '69- NQ/TW')",
    "A.\tNghị quyết số 57-NQ/TW ngày 22/12/2024; Nghị quyết số 3488- NQ/QUTW ngày 29/01/2025; Nghị quyết số 66-NQ/TW ngày 30/4/2025; Nghị quyết số 68-NQ/TW ngày 04/5/2025.\nD.\tNghị quyết số 57-NQ/TW ngày 22/12/2024; Nghị quyết số 59-NQ/TW ngày 24/01/2025; Nghị quyết số 66-NQ/TW ngày 30/4/2025; Nghị quyết số 69- NQ/TW ngày 04/5/2025.",
    [("57-NQ/TW","2024-12-22"),("3488-NQ/QUTW","2025-01-29"),("66-NQ/TW","2025-04-30"),("68-NQ/TW","2025-05-04"),("57-NQ/TW","2024-12-22"),("59-NQ/TW","2025-01-24"),("66-NQ/TW","2025-04-30"),("69-NQ/TW","2025-05-04")])

add("http://hamyen.org.vn/tin-tuc-su-kien/phong-chong-dich-covid-19!/cong-dien-cua-thu-tuong-chinh-phu-ve-to-chuc-van-tai-hanh-khach-bao-dam-thich-ung-an-toan-linh-hoat-kiem-soat-hieu-qua-dich-covid-19!-32675.html",
    "district portal: date before the province's letter, space before the slash ('3863 /UBND-ĐTXD'), a telegram repeated, a letter in parentheses",
    "Công điện của Thủ tướng Chính phủ về tổ chức vận tải hành khách bảo đảm thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid - 19\n\nNgày 11/10/2021, UBND tỉnh Tuyên Quang có Công văn số 3863 /UBND-ĐTXD về việc triển khai thực hiện Công điện số 1322/CĐ-TTg ngày 10/10/2021 của Thủ tướng Chính phủ.\n\nTheo đó, UBND tỉnh có ý kiến như sau: Các cơ quan, đơn vị theo chức năng, nhiệm vụ, quyền hạn chủ động thực hiện và phối hợp chặt chẽ với các cơ quan, đơn vị liên quan khẩn trương tổ chức thực hiện nghiêm, có hiệu quả các nội dung yêu cầu của Thủ tướng Chính phủ tại Công điện và chỉ đạo của Ủy ban nhân dân tỉnh về triển khai thực hiện Thông báo số 263/TB-VPCP ngày 08/10/2021 của Văn phòng Chính phủ (tại Văn bản số 3859/UBND-ĐTXD ngày 09/10/2021 của Ủy ban nhân dân tỉnh) bảo đảm kịp thời, đúng quy định của pháp luật.\n\nCông điện số 1322/CĐ-TTg, ngày 10/10/2021 của Thủ tướng Chính phủ:",
    [("3863/UBND-ĐTXD","2021-10-11"),("1322/CĐ-TTg","2021-10-10"),("263/TB-VPCP","2021-10-08"),("3859/UBND-ĐTXD","2021-10-09"),("1322/CĐ-TTg","2021-10-10")])

add("https://thuviennhadat.vn/vbpl/ke-hoach-07-kh-ubnd-2020-giai-phap-phong-chong-han-han-thieu-nuoc-san-xuat-nong-nghiep-lang-son-439614.html",
    "provincial plan: header date split, a minister's directive with 'Chỉ\\nthị' broken",
    "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 07/KH-UBND\n|\nLạng Sơn, ngày 13\ntháng 01 năm 2020\n|\nKẾ HOẠCH\nTRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN\nHÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 -\n2020\nThực hiện Chỉ\nthị số 8008/CT-TCTL ngày 25/10/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển\nnông thôn về việc tăng cường thực hiện các giải pháp thủy lợi phòng, chống hạn\nhán, thiếu nước phục vụ sản xuất nông nghiệp và dân sinh, mùa khô năm 2019 -\n2020. Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:",
    [("07/KH-UBND","2020-01-13"),("8008/CT-TCTL","2019-10-25")])

add("https://thuviennhadat.vn/vbpl/ke-hoach-1556-kh-ubnd-2024-thu-c-hien-chuong-trinh-moi-xa-mo-t-san-pham-lai-chau-608468.html",
    "provincial plan: Căn cứ with the symbol at a line end and the date on the next line",
    "Số: 1556/KH-UBND\n|\nLai Châu, ngày 25\ntháng 4 năm 2024\n|\nKẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) TRÊN ĐỊA\nBÀN TỈNH LAI CHÂU NĂM 2024\nCăn cứ Quyết định số 919/QĐ-TTg\nngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình\nmỗi xã một sản phẩm giai đoạn 2021-2025;\nCăn cứ Quyết định số 148/QĐ-TTg\nngày 24 tháng 02 năm 2023 của Thủ tướng Chính phủ về việc ban hành Bộ tiêu chí\nvà quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm;\nCăn cứ Kế hoạch số 3858/KH-UBND\nngày 14 tháng 10 năm 2022 của Ủy ban nhân dân tỉnh Lai Châu về thực hiện Chương\ntrình Mỗi xã một sản phẩm trên địa bàn tỉnh Lai Châu giai đoạn 2021-2025;",
    [("1556/KH-UBND","2024-04-25"),("919/QĐ-TTg","2022-08-01"),("148/QĐ-TTg","2023-02-24"),("3858/KH-UBND","2022-10-14")])

add("https://dulieuphapluat.vn/van-ban/y-te-duoc/cong-van-6869vpcp-kgvx-nam-2021-ve-cong-tac-phong-chong-dich-tren-dia-ban-tinh-ben-tre-do-van-phong-chinh-phu-ban-hanh-1083/",
    "Government Office letter: header cells on one line, a report and two telegrams with long dates, a ministry telegram without symbol",
    "VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 6869/VPCP-KGVX | Hà Nội, ngày 25 tháng 9 năm 2021 |\nKính gửi:Đồng chí Bí thư Tỉnh ủy Bến Tre Lê Đức Thọ.\nTổ công tác đặc biệt của Chính phủ có văn bản số 3681/BC-TCT ngày 22 tháng 9 năm 2021 báo cáo Thủ tướng Chính phủ về công tác phòng, chống dịch COVID-19 trên địa bàn tỉnh Bến Tre (bản chụp kèm theo). Về việc này, Thủ tướng Chính phủ Phạm Minh Chính có ý kiến như sau:\nĐồng chí Bí thư Tỉnh ủy Bến Tre chỉ đạo việc triển khai thực hiện nghiêm Công điện số 1099/CĐ-TTg ngày 22 tháng 8 năm 2021, Công điện số 1102/CĐ-TTg ngày 23 tháng 8 năm 2021 của Thủ tướng Chính phủ và Công điện số 1409 ngày 15 tháng 9 năm 2021 của Bộ Y tế.",
    [("6869/VPCP-KGVX","2021-09-25"),("3681/BC-TCT","2021-09-22"),("1099/CĐ-TTg","2021-08-22"),("1102/CĐ-TTg","2021-08-23")])

add("https://nghean.dcs.vn/vi-vn/chuyen-muc/dan-van-kheo/405534-193312",
    "provincial Party committee site: one directive 'Chỉ thị số 05-CT/TU, ngày 23/5/2021'",
    "Trong thời gian qua, thực hiện Chỉ thị số 05-CT/TU, ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả phong trào thi đua “Dân vận khéo”, các cấp uỷ Đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong toàn tỉnh đã triển khai sâu rộng phong trào với nhiều nội dung, hình thức phong phú, thiết thực và hiệu quả.",
    [("05-CT/TU","2021-05-23")])

add("https://baodanang.vn/channel/5399/202010/quan-son-tra-quan-triet-chu-truong-thuc-hien-mo-hinh-chinh-quyen-do-thi-3823949/",
    "city newspaper: an urban district Party committee's programme and guidance (CTr/QU, HD/QU), a city Party directive, a law resolution cited twice, no dates",
    "Ngày 13-10, Quận ủy Sơn Trà tổ chức hội nghị học tập, quán triệt, tuyên truyền và triển khai thực hiện Chương trình 01-CTr/QU của Ban Chấp hành Đảng bộ quận về thực hiện Nghị quyết Đại hội Đảng bộ quận Sơn Trà khóa VI, nhiệm kỳ 2020-2025; Nghị quyết số 119/2020/QH14 của Quốc hội “về thí điểm tổ chức mô hình chính quyền đô thị và một số cơ chế, chính sách đặc thù phát triển thành phố Đà Nẵng”; Chỉ thị số 41-CT/TU của Ban Thường vụ Thành ủy về lãnh đạo, tổ chức triển khai thực hiện Nghị quyết số 119/2020/QH14; Hướng dẫn số 01-HD/QU của Ban Thường vụ Quận ủy về thảo luận, lấy ý kiến của nhân dân vào dự thảo văn kiện trình Đại hội lần thứ XIII của Đảng cho cán bộ chủ chốt toàn quận.",
    [("01-CTr/QU",None),("119/2020/QH14",None),("41-CT/TU",None),("119/2020/QH14",None),("01-HD/QU",None)])

add("https://soxaydung.hatinh.gov.vn/portal/pages/2021-06-16/V-v-tuyen-truyen-ky-niem-190-nam-thanh-lap-va-30-n3s9hmhmlldy0.aspx",
    "provincial Party propaganda board's letter: the place and date line before the number ('Số 369 - CV/BTGTU', spaces round the hyphen), its own guidance cited",
    "TỈNH UỶ HÀ TĨNH\n\n      ĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN TUYÊN GIÁO\n\n*\n\n     Hà Tĩnh, ngày 15 tháng 6 năm 2021\n\nSố 369 - CV/BTGTU\n\nGửi Đề cương tuyên truyền kỷ niệm\n\n 190 năm thành lập và 30 năm tái lập tỉnh Hà Tĩnh\n\n \n\n \n\nKính gửi:\n\n \n\n- Các ban, sở, ngành, các đoàn thể chính trị - xã hội cấp tỉnh,\n\n- Thường trực, Ban Tuyên giáo các huyện, thành, thị ủy, đảng ủy trực thuộc,\n\n- Báo Hà Tĩnh, Đài Phát thanh - Truyền hình tỉnh, các tạp chí, đặc san, bản tin trong tỉnh,\n\n- Các báo Trung ương, tỉnh bạn hoạt động trên địa bàn tỉnh.\n\n \n\n          Hướng tới kỷ niệm 190 năm thành lập (1831 - 2021), 30 năm tái lập (1991 - 2021) tỉnh Hà Tĩnh, nhằm tuyên truyền sâu rộng truyền thống lịch sử, văn hóa, vùng đất và con người Hà Tĩnh, quá trình thành lập, phát triển của tỉnh trong 190 năm qua và những thành tựu sau 30 năm tái lập tỉnh, Ban Tuyên giáo Tỉnh ủy xây dựng “Đề cương tuyên truyền kỷ niệm 190 năm thành lập (1831 - 2021) và 30 năm tái lập (1991 - 2021) tỉnh Hà Tĩnh (có văn bản kèm theo).\n\n          Các nội dung khác liên quan, yêu cầu các địa phương, đơn vị thực hiện theo Hướng dẫn số 17-HD/BTGTU, ngày 27/5/2021 của Ban Tuyên giáo Tỉnh ủy.",
    [("369-CV/BTGTU","2021-06-15"),("17-HD/BTGTU","2021-05-27")])

add("http://soyte.laichau.gov.vn/ttytmuongte",
    "health department page: 'số:22 /2023/TT-BYT' (no space after the colon, a space before the slash)",
    "(Ban hành kèm theo Thông tư số:22 /2023/TT-BYT, ngày 17 tháng 11 năm 2023 của Bộ Y tế)",
    [("22/2023/TT-BYT","2023-11-17")])

add("https://suckhoedoisong.vn/thong-tu-13-2013--tt-byt.html",
    "newspaper tag title: spaces inside the symbol ('13/2013/ TT- BYT')",
    "Thông tư 13/2013/ TT- BYT",
    [("13/2013/TT-BYT",None)])

add("http://timkiemvanban.com/thong-tu-03-2004-ttbyt-huong-dan-xep-hang-benh-vien-do-bo-y-te-ban-hanh",
    "document-search page title: the hyphen dropped ('03/2004/TTBYT')",
    "Thông Tư 03/2004/TTBYT Hướng Dẫn Xếp Hạng Bệnh Viện Do Bộ Y Tế Ban Hành [Download miễn phí]",
    [("03/2004/TT-BYT",None)])

add("https://kontum.gov.vn/pages/detail/44598/Thanh-lap-Ban-Chi-dao-ky-niem-cac-ngay-le-lon-va-su-kien-lich-su-quan-trong.html",
    "provincial portal: the date before a provincial Party decision ('Ngày 01/02/2023, Ban Thường vụ Tỉnh ủy có Quyết định số 786-QĐ/TU')",
    "Thành lập Ban Chỉ đạo kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng\nNgày đăng: 06/02/2023  09:56\nMặc định Cỡ chữ\nNgày 01/02/2023, Ban Thường vụ Tỉnh ủy có Quyết định số 786-QĐ/TU thành lập Ban Chỉ đạo kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong 3 năm 2023-2025 (Ban Chỉ đạo).\n\nTheo Quyết định, Ban Chỉ đạo do đồng chí Bí thư Tỉnh ủy làm Trưởng Ban; các đồng chí Phó Bí thư Tỉnh ủy làm Phó Trưởng ban; đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Ban Tuyên giáo Tỉnh ủy làm Phó Trưởng ban thường trực.",
    [("786-QĐ/TU","2023-02-01")])

add("https://phapluatcongdong.vn/van-ban/quyet-dinh-853-qd-ubnd-ban-hanh-tinh-lam-dong-nam-2018-p97173.htm",
    "legal database page: metadata fields then the header",
    "Quyết định 853/QĐ-UBND năm 2018 phê duyệt Quy hoạch mạng lưới đơn vị sự nghiệp công lập trực thuộc Sở Y tế Lâm Đồng đến năm 2020, định hướng đến năm 2030\nSố hiệu: 853/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Lâm Đồng Người ký: Đoàn Văn Việt\nNgày ban hành: 07/05/2018 Ngày hiệu lực: Đang cập nhật\n\nỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 853/QĐ-UBND\n\nLâm Đồng, ngày 07 tháng 5 năm 2018\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC PHÊ DUYỆT QUY HOẠCH MẠNG LƯỚI CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRỰC THUỘC SỞ Y TẾ LÂM ĐỒNG ĐẾN NĂM 2020, ĐỊNH HƯỚNG ĐẾN NĂM 2030\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n\nCăn cứ Nghị định số 16/2015/NĐ-CP ngày 14 tháng 02 năm 2015 của Chính phủ quy định cơ chế tự chủ của đơn vị sự nghiệp công lập;",
    [("853/QĐ-UBND","2018-05-07"),("853/QĐ-UBND","2018-05-07"),("853/QĐ-UBND","2018-05-07"),("16/2015/NĐ-CP","2015-02-14")])

add("https://hethongphapluat.com/quyet-dinh-4440-qd-ubnd-nam-2017-ve-quy-dinh-khen-thuong-phong-trao-thi-dua-toan-dan-tham-gia-bao-ve-chu-quyen-lanh-tho-an-ninh-bien-gioi-quoc-gia-tren-dia-ban-tinh-quang-ninh.html",
    "legal database: a numbered 'related documents' list without dates (dates given further down), header cells on one line",
    "- 1Luật Thi đua, Khen thưởng sửa đổi 2005\n- 2Luật Thi đua, Khen thưởng 2003\n- 3Luật thi đua, khen thưởng sửa đổi 2013\n- 4Luật tổ chức chính quyền địa phương 2015\n- 5Nghị định 91/2017/NĐ-CP hướng dẫn Luật thi đua, khen thưởng\n- 6Quyết định 1319/QĐ-UBND năm 2017 Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Quảng Ninh\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 4440/QĐ-UBND | Quảng Ninh, ngày 13 tháng 11 năm 2017 |\nỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nCăn cứ Luật Tổ chức Chính quyền địa phương ngày 19/6/2015;\nCăn cứ Luật Thi đua, Khen thưởng ngày 26/11/2003; Luật Sửa đổi bổ sung một số Điều của Luật Thi đua, Khen thưởng ngày 16/4/2005 và Luật Sửa đổi bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16/11/2013;\nCăn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng;\nCăn cứ Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Quảng Ninh ban hành kèm theo Quyết định số 1319/QĐ-UBND ngày 27/4/2017 của Ủy ban nhân dân tỉnh Quảng Ninh;\nXét đề nghị của Giám đốc Sở Nội vụ tỉnh Quảng Ninh,\nQUYẾT ĐỊNH:",
    [("91/2017/NĐ-CP","2017-07-31"),("1319/QĐ-UBND","2017-04-27"),("4440/QĐ-UBND","2017-11-13"),("91/2017/NĐ-CP","2017-07-31"),("1319/QĐ-UBND","2017-04-27")])

add("https://lingo.vn/luat/van_ban_phap_quy/1711425649617739",
    "legal site title: symbol followed by the year, no date",
    "Quyết định 439/QĐ-TTg 2023 BCĐ quản lý vị trí việc làm trong các cơ quan",
    [("439/QĐ-TTg",None)])

add("https://lingo.vn/luat/van_ban_hop_nhat/1711449571551434",
    "legal site title: a consolidated text (VBHN) with the year after it",
    "Văn bản hợp nhất 03/VBHN-VPQH 2021 hợp nhất Luật Khiếu nại",
    [("03/VBHN-VPQH",None)])

add("https://lingo.vn/luat/van_ban_hop_nhat/1711446593971634",
    "legal site title: a ministry's consolidated text",
    "Văn bản hợp nhất 05/VBHN-BGDĐT 2023 chính sách hỗ trợ học sinh và các trường phổ thông ở xã, thôn đặc biệt khó khăn",
    [("05/VBHN-BGDĐT",None)])

add("http://acc.acccorp.vn/thuong-vu-dang-uy-tong-cong-ty-acc-to-chuc-pho-bien-quan-triet-va-trien-khai-thuc-hien-nghi-quyet-cua-bo-chinh-tri-quan-uy-trung-uong-va-ke-hoach-cua-bo-quoc-phong-p16c206",
    "enterprise Party committee news: resolutions and a plan named by bare number and date, no symbol (nothing to extract)",
    "Hội nghị đã được nghe giới thiệu những nội dung cơ bản của Nghị quyết số 05 ngày 17/01/2022 của Bộ Chính trị về tổ chức Quân đội nhân dân Việt Nam giai đoạn 2021-2030 và những năm tiếp theo; Nghị quyết số 230 ngày 02/4/2022 của QUTW lãnh đạo thực hiện tổ chức Quân đội nhân dân Việt Nam giai đoạn 2021-2030 và những năm tiếp theo; Kế hoạch số 1228 ngày 25/4/2022 của Bộ Quốc phòng về thực hiện Nghị quyết số 230 của Quân ủy Trung ương.",
    [])
