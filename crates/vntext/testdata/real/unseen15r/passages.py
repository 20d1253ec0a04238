# Passages of unseen15r (copied from the stored public pages; see SOURCES.md), with labels.
# ocr=True: rendered to a PNG by ../render_ocr.py and put into refs.jsonl as tesseract's output.
P = []
def add(url, kinds, text, expect, ocr=False):
    P.append(dict(source=url, kinds=kinds, text=text, expect=[dict(symbol=s, date=d) for s, d in expect], ocr=ocr))

add("https://bachthong.gov.vn/ha-vi-to-chuc-trien-khai-cong-tac-chuan-bi-dai-hoi-dang-cac-cap-nhiem-ky-2020-2025/",
    "commune Party committee news: KH/ĐU of province, district and commune",
    "Sáng ngày 26/8/2019, Đảng ủy xã Hà Vị đã tổ chức Hội nghị triển khai công tác chuẩn bị Đại hội các Chi bộ trực thuộc Đảng ủy, Đại hội Đảng bộ xã lần thứ XII, nhiệm kỳ 2020-2025.\n\nTại hội nghị, Ban Thường vụ Đảng ủy đã triển khai một số văn bản như: Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Kế hoạch số 153-KH/ĐU ngày 11/7/2019 của Ban Thường vụ Tỉnh ủy Bắc Kạn về triển khai công tác chuẩn bị đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XII; Kế hoạch số 152-KH/ĐU ngày 14/8/2019 của Ban Thường vụ Huyện ủy Bạch Thông về triển khai công tác chuẩn bị đại hội đảng bộ các cấp tiến tới Đại hội Đại biểu Đảng bộ huyện lần thứ XV; Kế hoạch số 85-KH/ĐU ngày 21/8/2019 của Đảng ủy xã Hà Vị về triển khai công tác chuẩn bị Đại hội các Chi bộ trực thuộc Đảng ủy, Đại hội Đảng bộ xã lần thứ XII, nhiệm kỳ 2020-2025 và một số văn bản hướng dẫn đại hội đảng bộ các cấp.",
    [("35-CT/TW","2019-05-30"),("153-KH/ĐU","2019-07-11"),("152-KH/ĐU","2019-08-14"),("85-KH/ĐU","2019-08-21")], ocr=True)

add("https://bachthong.gov.vn/dinh-huong-tuyen-truyen-thang-7-nam-2020-2/",
    "propaganda guidance, broken lines, space after the hyphen",
    "ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020\n\nThực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ\nTỉnh ủy Bắc Kạn về “công tác tuyên giáo năm 2020”; Kế hoạch số 157-KH/TU,\nngày 17/9/2019 của Ban Thường vụ Tỉnh ủy về “truyền thông của tỉnh từ nay đến\nhết năm 2020”; căn cứ Hướng dẫn số 115- HD/BTGW, ngày 08 tháng 01 năm\n2020 của Ban Tuyên giáo Trung ương “Tuyên truyền kỷ niệm các ngày lễ lớn và sự\nkiện lịch sử quan trọng trong năm 2020”… Để góp phần ổn định tư tưởng, tạo sự\nđồng thuận và không khí phấn khởi trong các tầng lớp nhân dân trên địa bàn tỉnh\ntrong tháng 7 năm 2020, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị,\nMặt trận tổ quốc, các hội, đoàn thể chính trị- xã hội tỉnh tập trung tuyên truyền tốt\ncác nội dung sau:",
    [("172-KH/TU","2020-01-21"),("157-KH/TU","2019-09-17"),("115-HD/BTGW","2020-01-08")], ocr=True)

add("http://danluc.trieuson.gov.vn/web/trang-chu/pho-bien-tuyen-truyen/ke-hoach-thong-tin-tuyen-truyen-cuoc-bau-cu-dai-bieu-quoc-hoi-khoa-xv-va-bau-cu-dai-bieu-hoi-dong-nhan-dan-cac-cap-nhiem-ky-2021-2026.html",
    "commune plan with an unnumbered header symbol",
    "UỶ BAN NHÂN DÂN\n\n    XÃ DÂN  LỰC\n\n \n\nSố:        /KH-UBND\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n \n\nDân Lực, ngày 18 tháng 02 năm 2021\n\n \n\nKẾ HOẠCH\n\n Thông tin, tuyên truyền Cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu Hội đồng Nhân dân các cấp, nhiệm kỳ 2021- 2026\n\n \n\nThực hiện Kế hoạch số 21/KH-UBND ngày 31/01/2021 của UBND tỉnh Thanh Hóa; Công văn số 197/STTTT ngày 02/2/2021 của Sở Thông tin và Truyền thông; Kế hoạch số 661/KH-UBND ngày 05/02/2021 của UBND Huyện Triệu Sơn về thông tin, tuyên truyền Cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu Hội đồng Nhân dân các cấp, nhiệm kỳ 2021- 2026.",
    [("21/KH-UBND","2021-01-31"),("197/STTTT","2021-02-02"),("661/KH-UBND","2021-02-05")], ocr=True)

add("https://clbbtlt.blogspot.com/2011_09_25_archive.html",
    "city Youth Union plan, Đoàn symbol without hyphen",
    "KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu\nĐoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV,\nnhiệm kỳ 2012 - 2017\nCăn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh về việc Tổ chức đại hội đoàn các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ X Đoàn TNCS Hồ Chí Minh; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức đại hội đoàn các cấp, tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV, nhiệm kỳ 2012 - 2017, cụ thể như sau:",
    [("298-KH/TWĐTN","2011-07-14")])

add("https://thieunhivietnam.vn/ke-hoach-to-chuc-cac-hoat-dong-he-danh-cho-thieu-nhi-nam-2024.html",
    "Youth Union header with compound issuer and spaced hyphen",
    "BAN CHẤP HÀNH TRUNG ƯƠNG                                                                           ĐOÀN TNCS HỒ CHÍ MINH\n\n***\n\n   Số: 225 - KH/TWĐTN-CTTN                                                                                      Hà Nội, ngày 16 tháng 5 năm 2024\n\nKẾ HOẠCH\nTổ chức các\nhoạt động hè dành cho thiếu nhi năm 2024\n\nThực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024, chương trình công tác Đội và phong trào thiếu nhi năm học 2023 - 2024; căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT ngày 28/2/2024 của Ban Bí thư Trung ương Đoàn về việc tổ chức chiến dịch thanh niên tình nguyện Hè năm 2024, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch tổ chức các hoạt động Hè dành cho thiếu nhi năm 2024, cụ thể như sau:",
    [("225-KH/TWĐTN-CTTN","2024-05-16"),("183-KH/TWĐTN-TNNT","2024-02-28")])

add("https://travinh.gov.vn/tuyen-truyen-pho-bien-phap-luat/tuyen-truyen-ky-niem-130-nam-ngay-sinh-chu-tich-ho-chi-minh-19-5-1890-19-5-2020-606730",
    "provincial propaganda board letter, no date; anniversary dates around",
    "Tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2020)\nLượt xem: 6783\nBan Tuyên giáo Tỉnh ủy Trà Vinh vừa ban hành Công văn số 1510-CV/BTGTU, về việc tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2020)\n\nTheo đó, Ban Tuyên giáo Tỉnh ủy đề nghị Ban Tuyên giáo các huyện, thị, thành phố; Tuyên huấn các Đảng ủy trực thuộc Tỉnh ủy, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị- xã hội của tỉnh chỉ đạo tố chức các hoạt động tuyên truyền rộng rãi trong cán bộ, đảng viên và Nhân dân Đề cương tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2020)",
    [("1510-CV/BTGTU",None)])

add("https://dailoc.quangnam.gov.vn/Default.aspx?NewsViews=3339&tabid=107",
    "commune Party news, short citation without date",
    "Sáng ngày 12/02/2020, Đảng ủy xã Đại Hiệp đã tổ chức Hội nghị triển khai chuyên đề Chỉ thị 05-CT/TW năm 2020 và phát động cuộc thi viết “Đảng, Bác Hồ với quê hương, đất nước”. Tham dự hội nghị có 230 đại biểu là cán bộ, đảng viên đang công tác, sinh hoạt Đảng trên địa bàn xã.",
    [("05-CT/TW",None)])

add("https://snnptnt.hanam.gov.vn/Pages/Ke-hoach-Chuong-trinh-MTQG-Nuoc-sach---VSMT-nong-thon-tinh-Ha-Nam-nam-20141495723973.aspx",
    "ministry letter in a provincial plan",
    "Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014\nThực hiện Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp & PTNT - Tổng cục Thủy Lợi về việc xây dựng kế hoạch Chương trình MTQG Nước sạch và VSMT nông thôn năm 2014. Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam xây dựng kế hoạch thực hiện Chương trình năm 2014 của tỉnh với các nội dung sau:",
    [("2191/BNN-TCTL","2013-07-03")])

add("https://dulieuphapluat.vn/van-ban/the-thao-y-te-van-ban/ke-hoach-54kh-ubnd-nam-2020-ve-hanh-dong-thuc-hien-chuong-trinh-cham-soc-dinh-duong-1000-ngay-dau-doi-nham-phong-chong-suy-dinh-duong-ba-me-tre-em-nang-cao-tam-voc-nguoi-viet-nam-den-nam-2025-tam-nhin-den-nam-2030-tinh-lang-son-1153913.html",
    "legal site with literal \\r\\n escapes in the page text",
    "\\r\\n ỦY BAN NHÂN DÂN | \\r\\n \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\n\\r\\n Số: 54/KH-UBND \\r\\n | \\r\\n \\r\\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \\r\\n | \\r\\n\n\\r\\n\\r\\n\\r\\n\\r\\n\\r\\n\\r\\n\nThực hiện Quyết định số 1896/QĐ-TTg\\r\\nngày 25/12/2019 của Thủ tướng Chính phủ ban hành Chương trình “Chăm sóc dinh dưỡng\\r\\n1.000 ngày đầu đời nhằm phòng chống suy dinh dưỡng bà mẹ, trẻ em, nâng cao tầm\\r\\nvóc người Việt Nam”, UBND tỉnh xây dựng Kế hoạch hành động thực hiện Chương\\r\\ntrình",
    [("54/KH-UBND","2020-03-27"),("1896/QĐ-TTg","2019-12-25")])

add("https://pbgdpl.travinh.gov.vn/1472/40541/70941/659510/hoat-dong-dang-doan-the/ban-thuong-vu-huyen-uy-chi-dao-dai-hoi-cac-chi-bo-truc-thuoc-dang-bo-co-so-nhiem-ky-2022-2025",
    "district Party letter: date before the reference (signing verb)",
    "Ban Thường vụ Huyện ủy Chỉ đạo Đại hội các Chi bộ trực thuộc Đảng bộ cơ sở, nhiệm kỳ 2022 – 2025\n\nNgày 27 tháng 5 năm 2022, đồng chí Lê Văn Ngoan, Phó Bí thư Thường trực Huyện ủy Càng Long đã ký ban hành Công văn số 1127-CV/HU “về việc lãnh đạo Đại hội chi bộ trực thuộc Đảng bộ cơ sở, nhiệm kỳ 2022 – 2025”.\n\nCông văn nêu rõ: Để đảm bảo Đại hội chi bộ trực thuộc Đảng bộ cơ sở nhiệm kỳ 2022-2025 đạt kết quả tốt, Ban Thường vụ Huyện ủy đề nghị các Đảng bộ trực thuộc Huyện ủy khi thực hiện việc thông qua nhân sự, văn kiện Đại hội điểm phải mời các đồng chí Ủy viên Ban Thường vụ Huyện ủy và cấp ủy chỉ đạo địa bàn dự khi đã thống nhất mới tiến hành tổ chức đại hội. Thời gian đại hội điểm bắt đầu từ ngày 07/6/2022.",
    [("1127-CV/HU","2022-05-27")])

add("https://hoathanh.tayninh.gov.vn/vi/news/tin-dang-doan-the/h-a-th-nh-quan-t-m--n-c-ng-t-c-ph-t-tri-n--ng-vi-n-m-i-877.html",
    "district Party news: Căn cứ lines with comma before ngày",
    "Căn cứ Quy định số 45-QĐ/TW, ngày 01/11/2011 của Ban Chấp hành Trung ương Đảng về thi hành Điều lệ Đảng;\nThực hiện Hướng dẫn số 01-HD/TW, ngày 05/01/2012 của Ban Chấp hành Trung ương Đảng về một số vấn đề cụ thể thi hành Điều lệ Đảng.\nNgày 03/5/2012, Ban Tổ chức phối hợp cùng các Ban Xây dựng Đảng tiến hành họp xét hồ sơ đề nghị kết nạp đảng viên mới.",
    [("45-QĐ/TW","2011-11-01"),("01-HD/TW","2012-01-05")])

add("https://tranmyhanh.com/toan-van-nghi-quyet-so-10-nq-tu-ngay-18-8-2021-cua-ban-thuong-vu-tinh-uy/",
    "provincial standing committee resolution introduced by a blog",
    "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo xây dựng, phát triển thị xã Sông Cầu lên thành phố trực thuộc tỉnh vào năm 2025.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề lãnh đạo xây dựng, phát triển thị xã Sông Cầu\nlên thành phố trực thuộc tỉnh vào năm 2025",
    [("10-NQ/TU","2021-08-18")])

add("https://vpubnd.laichau.gov.vn/detailNews.aspx?id=19730&lang=vi",
    "Party committee of an office: bloc propaganda board guidance; a letter cited by number only",
    "Hướng dẫn nội dung tuyên truyền tháng 09/2019\n\nNgày 27/8, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 468 về việc hướng dẫn nội dung tuyên truyền tháng 09/2019.\n\nTheo đó, Đảng ủy Văn phòng UBND tỉnh yêu cầu cấp uỷ các chi bộ trực thuộc thực hiện tốt một số nội dung tuyên truyền trong tháng 9/2019 như sau:\n\nTập trung tuyên truyền 08 nội dung theo Hướng dẫn số 85-HD/BTG ngày 21/8/2019 của Ban Tuyên giáo Đảng ủy Khối. Ngoài ra cần nhấn mạnh một số sự kiện nổi bật diễn ra trong tháng 9 năm 2019 như: Ngày toàn dân đưa trẻ đến trường, khai giảng năm học mới (05/9);",
    [("85-HD/BTG","2019-08-21")])

add("https://123docz.net/document/11961844-dang-bo-tinh-thai-nguyen.htm",
    "commune Party plan text extracted by a document site: words dropped, symbol without hyphen",
    "ĐẢNG BỘ TỈNH THÁI NGUYÊN ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG * Số 09 KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm điểm, đánh giá, xếp loại chất lượng hàng năm đối[.]\n\nĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG * Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm điểm, đánh giá, xếp loại chất lượng hàng năm tổ chức đảng, đảng viên tập thể, cá nhân cán lãnh đạo, quản lý năm 2020 -Căn Hướng dẫn số 33-HD/BTCTW ngày 30/10/2020 Ban Tổ chức Trung ương thực số nội dung quy định 213-QĐ/TW Bộ Chính trị trách nhiệm đảng viên công tác thường xuyên giữ mối liên hệ với tổ chức đảng nhân dân nơi cư trú; Hướng dẫn số 21-HD/BTCTW ngày 18/10/2019 Ban Tổ chức Trung ương; Hướng dẫn số 10-HD/HU ngày 27/11/2019 Ban Thường vụ Huyện ủy Đại Từ “kiểm điểm, đánh giá, xếp loại chất lượng năm tổ chức đảng, đảng viên tập thể, cá nhân cán lãnh đạo, quản lý cấp”; công văn số 62-CV/HU ngày 10/11/2020 kiểm điểm, đánh giá xếp loại chất lượng hàng năm tổ chức sở đảng, đảng viên, tập thể, cá nhân cán lãnh đạo quản lý",
    [("09-KH/ĐU","2020-11-24"),("09-KH/ĐU","2020-11-24"),("33-HD/BTCTW","2020-10-30"),("213-QĐ/TW",None),("21-HD/BTCTW","2019-10-18"),("10-HD/HU","2019-11-27"),("62-CV/HU","2020-11-10")], ocr=True)

add("https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Huong-dan-16-HD-BTCTW-2018-kiem-diem-danh-gia-chat-luong-to-chuc-dang-dang-vien-can-bo-396122.aspx?newsid=21536",
    "Party guidance header broken over lines",
    "BAN CHẤP HÀNH\nTRUNG ƯƠNG\nBAN TỔ CHỨC\n--------\n|\nĐẢNG CỘNG SẢN\nVIỆT NAM\n---------------\n|\nSố: 16 -\nHD/BTCTW\n|\nHà Nội, ngày\n24 tháng 9 năm 2018\n|\nHƯỚNG DẪN\nKIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT\nLƯỢNG HẰNG NĂM ĐỐI VỚI TỔ CHỨC ĐẢNG, ĐẢNG VIÊN VÀ TẬP THỂ, CÁ NHÂN CÁN BỘ LÃNH\nĐẠO, QUẢN LÝ CÁC CẤP\nThực hiện Quy định\nsố 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị về việc kiểm điểm và đánh\ngiá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính\ntrị, Ban Tổ chức Trung ương hướng dẫn việc kiểm điểm, đánh giá, xếp loại chất\nlượng hằng năm đối với tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh\nđạo, quản lý các cấp như sau:",
    [("16-HD/BTCTW","2018-09-24"),("132-QĐ/TW","2018-03-08")])

add("https://luatminhkhue.vn/huong-dan-20-hd-btctw-ve-danh-gia-chat-luong-to-chuc-co-so-dang-va-dang-vien-do-ban-to-chuc-trung-uong-ban-hanh.aspx",
    "Party guidance header",
    "BAN TỔ CHỨC TRUNG ƯƠNG\n--------\n\nĐẢNG CỘNG SẢN VIỆT NAM\n----------------\n\nSố: 20-HD/BTCTW\n\nHà Nội, ngày 10 tháng 10 năm 2008\n\nHƯỚNG DẪN\n\nVỀĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN\n\nA -MỤC ĐÍCH, YÊU CẦU\n\n- Đánh giá đúng chất lượng tổ chức cơ sở đảng và đảngviên để cấp uỷ các cấp đề ra chủ trương, giải pháp xây dựng, củng cố, nâng caonăng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũcán bộ, đảng viên theo tinh thần Nghị quyết Đại hội X của Đảng.",
    [("20-HD/BTCTW","2008-10-10")])

add("http://tieuhocdongnhan.edu.vn/tin-tuc-su-kien/cong-van-so-243-ldld-cua-ldld-quan-hai-ba-trung.html",
    "district trade-union letter: date before, issuing verb",
    "Ngày 19/11/2019 LĐLĐ Quận Hai Bà Trưng đã ban hành Công văn số 243/LĐLĐ về việc chăm lo đời sống cho đoàn viên, người lao động Tết Canh Tý năm 2020.",
    [("243/LĐLĐ","2019-11-19")])

add("http://phucla.hadong.hanoi.gov.vn/dang-uy-phuong-phuc-la-trien-khai-ke-hoach-chuc-dai-hoi-chi-bo-tien-toi-dai-hoi-dai-bieu-lan-thu-v-0",
    "ward Party committee: district KH/QU, ward KH/ĐU with en dash and space",
    "Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị (khóa XII) về Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng ”;  Kế hoạch số 256-KH/QU, ngày 06/8/2019 của Quận ủy Hà Đông về “ Tổ chức Đại hội Đảng bộ, chi bộ cơ sở tiến tới Đại hội đại biểu lần thứ XXI Đảng bộ quận Hà Đông”, Đảng ủy phường Phúc La triển khai kế hoạch số 89 –KH/ĐU ngày 9/8/2019 về việc tổ chức Đại hội Chi bộ tiến tới Đại hội Đại biểu lần thứ VI Đảng bộ phường Phúc La ( nhiệm kỳ 2020-2025) \n\nTheo kế hoạch, Nội dung Đại hội Đảng bộ, chi bộ gồm 4 nội dung : Tổng kết thực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2015-2020, Nghị quyết Đại hội Chi bộ nhiệm kỳ 2017-2020",
    [("35-CT/TW","2019-05-30"),("256-KH/QU","2019-08-06"),("89-KH/ĐU","2019-08-09")], ocr=True)

add("http://phuongnguyencutrinh.gov.vn/quan-uy-1-to-chuc-trien-khai-hoc-tap-nghi-quyet-dai-hoi-dang-bo-thanh-pho-ho-chi-minh-lan-thu-viii/",
    "district Party news: city board plan, dashed date",
    "Quận ủy 1 tổ chức triển khai học tập Nghị quyết Đại hội Đảng bộ Thành phố Hồ Chí Minh lần thứ VIII\n\nThực hiện Kế hoạch số 26-KH/TTVH ngày 26-12-2005 của Ban Tư tưởng – Văn hóa Thành ủy về việc tổ chức nghiên cứu, quán triệt và thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ Thành phố lần thứ VIII trong toàn Đảng, toàn quân, toàn dân Thành phố, trong hai ngày 24 và 25-02-2006, Ban Thường vụ Quận ủy 1 đã tổ chức 02 lớp triển khai học tập Nghị quyết cho 380 đồng chí là Quận ủy viên, Bí thư – Thủ trưởng các tổ chức cơ sở Đảng trực thuộc, Đảng ủy viên 10 Phường,",
    [("26-KH/TTVH","2005-12-26")])

add("http://baohaiphong.com.vn/channel/4904/201801/dang-bo-khoi-cac-co-quan-thanh-pho-quan-triet-ke-hoach-chuong-trinh-hanh-dong-thuc-hien-cac-nghi-quyet-trung-uong-6-khoa-12-trong-thang-1-2018-2586791/",
    "bloc Party committee news: TƯ for TW, plan cited by number only",
    "Đồng chí Phạm Xuân Thanh, Bí thư Đảng ủy Khối trình bày kế hoạch số 91 của Ban Thường vụ Thành ủy thực hiện Nghị quyết số 18, \"Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả”; Chương trình hành động của Ban Thường vụ Thành ủy thực hiện các nghị quyết: số 19-NQ/TƯ “Về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập”; Nghị quyết số 20-NQ/TƯ “Về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới” và Nghị quyết số 21-NQ/TƯ “về công tác dân số trong tình hình mới”;",
    [("19-NQ/TW",None),("20-NQ/TW",None),("21-NQ/TW",None)])

add("https://tuoitrehaugiang.org.vn/long-my-ra-mat-cac-doi-hinh-thanh-nien-tinh-nguyen-he-2018",
    "town Youth Union plan KH/ĐTN, date in words",
    "Long Mỹ: Ra mắt các Đội hình thanh niên tình nguyện hè 2018\n\nCăn cứ vào kế hoạch số 23-KH/ĐTN ngày 31 tháng 5 năm 2018 của Ban Thường vụ Thị đoàn Long Mỹ về việc tổ chức thực hiện Chiến dịch thanh niên tình nguyện hè năm 2018.",
    [("23-KH/ĐTN","2018-05-31")])

add("https://vdb.gov.vn/tin-tuc/10711/tham-gia-giai-bao-chi-toan-quoc-ve-xay-dung-dang-lan-thu-iv-nam-2019.aspx",
    "grassroots Party committee of a bank: bloc letters and plans, lower-case type words",
    "Thực hiện công văn 1824-CV/ĐUK ngày 4/6/2019 của Đảng ủy khối Doanh nghiệp Trung ương, Ban Tuyên giáo Đảng ủy VDB đã ban hành công văn số 118-CV/BTGĐU ngày 10/6/2019 v/v tham gia giải Báo chí toàn quốc về xây dựng Đảng (giải Búa liềm vàng) lần thứ IV năm 2019.\nTheo đó, Đảng ủy VDB yêu cầu các tổ chức Đảng trực thuộc tập trung thực hiện kế hoạch 71-KH/ĐUK ngày 19/4/2019 của Đảng ủy Khối và công văn hướng dẫn số 110-CV/BTGĐU ngày 25/4/2019 của Ban Tuyên giáo Đảng ủy VDB về việc tham gia giải Búa liềm vàng.\nYêu cầu mỗi chi bộ có ít nhất 01 bài thi tham gia dự Giải báo chí toàn quốc về xây dựng Đảng lần thứ IV – năm 2019 gửi trực tiếp cho Ban Tuyên giáo Đảng ủy Khối và 01 bản cho Đảng ủy VDB trước ngày 15/9/2019 để báo cáo Ban thường vụ Đảng ủy VDB.\nThanh Hương theo CV số 118-CV/BTGĐU",
    [("1824-CV/ĐUK","2019-06-04"),("118-CV/BTGĐU","2019-06-10"),("118-CV/BTGĐU","2019-06-10"),("71-KH/ĐUK","2019-04-19"),("110-CV/BTGĐU","2019-04-25")], ocr=True)

add("https://ttthlak.gov.vn/tin-tuc/huyen-lak-co-34-dai-bieu-trung-cu-hdnd-huyen-khoa-xii",
    "district election committee resolution",
    "Ủy ban bầu cử huyện Lăk vừa ban hành Nghị quyết số 03/NQ-UBBC ngày 28/5/2021 về việc công bố kết quả bầu cử và danh sách những người trúng cử đại biểu HĐND huyện khóa XII, nhiệm kỳ 2021 – 2026.",
    [("03/NQ-UBBC","2021-05-28")])

add("https://tienphuoc.quangnam.gov.vn/webcenter/portal/tienphuoc/pages_tin-tuc/chi-tiet?dDocName=PORTAL463813",
    "district plan: date before the reference",
    "Nhằm tiếp tục phát huy sức mạnh của cả hệ thống chính trị trong việc tuyên truyền, nâng cao nhận thức và vận động các tầng lớp Nhân dân, các cơ quan, đơn vị, doanh nghiệp chủ động, trách nhiệm, tích cực tham gia thực hiện thắng lợi chủ trương, chính sách của Đảng và Nhà nước về xây dựng nông thôn mới, phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu chủ yếu của Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện giai đoạn 2021 - 2025; ngày 29/11/2022, UBND huyện ban hành Kế hoạch số 210/KH-UBND về việc tổ chức thực hiện phong trào thi đua “Chung sức xây dựng nông thôn mới” trên địa bàn huyện Tiên Phước, giai đoạn 2021 - 2025.",
    [("210/KH-UBND","2022-11-29")])

add("http://travinh.gov.vn/wps/portal/huyenduyenhai/!ut/p/c0/04_SB8K8xLLM9MSSzPy8xBz9CP0os3gDIws_QzcPIwP_gFADA0dLD393Pw93YwNzc_2CbEdFACj0Bis!/?WCM_PORTLET=PC_7_028N1FH20OPU00A9HOGNHG3072_WCM&WCM_GLOBAL_CONTEXT=/wps/wcm/connect/huyenduyenhai/huyenduyenhai/tin+tuc+su+kien/tin+noi+bat/hopbaoquyii",
    "district Party committee meeting: central resolution, meeting date",
    "Duyên Hải triển khai kế hoạch công tác quý II/2019\n\nNgày 4/4, Huyện uỷ Duyên Hải tổ chức Hội nghị Ban Chấp hành mở rộng, sơ kết công tác quý I và triển khai kế hoạch công tác quý II, gắn với sơ kết 5 năm thực hiện Nghị quyết số 33-NQ/TW của Ban Chấp hành Trung ương.",
    [("33-NQ/TW",None)])

add("https://sontra.danang.gov.vn/chitiettintuc.aspx?ID=316976",
    "district Party news: space before the hyphen, title mention without date",
    "Sơn Trà: 573 đại biểu tham dự Hội nghị quán triệt, triển khai thực hiện Kết luận số 209-KL/TU của Ban Thường vụ Thành ủy về \"Xây dựng và phát triển quận Sơn Trà đến năm 2030 và những năm tiếp theo\"\nNgày đăng: 16/09/2022\nSáng ngày 16/9, Ban Thường vụ Quận ủy Sơn Trà tổ chức Hội nghị quán triệt, triển khai thực hiện Kết luận số 209 -KL/TU ngày 22/6/2022 của Ban Thường vụ Thành ủy về \"Xây dựng và phát triển quận Sơn Trà đến năm 2030 và những năm tiếp theo\" và Chương trình hành động số 11 -CTr/QU ngày 12/9/2022 của Quận ủy Sơn Trà về thực hiện Kết luận số 209-KL/TU cho 143 đại biểu là cán bộ chủ chốt của quận và 430 đại biểu tại điểm cầu 7 phường thuộc quận.",
    [("209-KL/TU","2022-06-22"),("209-KL/TU","2022-06-22"),("209-KL/TU","2022-06-22"),("11-CTr/QU","2022-09-12")])

add("http://nde.humg.edu.vn/vi/news/35-chi-b%E1%BB%99-gi%C3%A1o-d%E1%BB%A5c-qu%E1%BB%91c-ph%C3%B2ng-t%E1%BB%95-ch%E1%BB%A9c-sinh-ho%E1%BA%A1t-chuy%C3%AAn-%C4%91%E1%BB%81-n%C4%83m-2020",
    "university Party cell: Party documents written in the State form",
    "Thực hiện Hướng dẫn số 01/HD-ĐU, ngày 14 tháng 4 năm 2020 về việc hướng dẫn thực hiện Chỉ thị số 05/CT-TW của Bộ Chính trị và chuyên đề năm 2020 của Đảng ủy Trường Đại học Mỏ - Địa chất; Chi bộ Giáo dục quốc phòng tổ chức sinh hoạt chuyên đề “Tăng cường khối đại đoàn kết dân tộc, xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2020.",
    [("01-HD/ĐU","2020-04-14"),("05-CT/TW",None)])

add("https://thanhuyhue.vn/hoat-dong-cua-cap-uy-dang/quang-diento-chuc-hoi-nghi-huyen-uy-bat-thuong-de-bau-bo-sung-bi-thu-huyen-uynhiem-ky-2020-2025..html",
    "district Party committee: provincial regulation",
    "Theo Quy định số 61-QĐ/TU ngày 15/01/2021 của Ban Thường vụ Tỉnh ủy về yêu cầu tiêu chuẩn cụ thể đối với chức danh Bí thư Huyện ủy, đồng chí Trương Duy Hải - Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện đã báo cáo danh sách nhân sự được Ban Thường vụ Huyện ủy chuẩn bị và được Ban Thường vụ Tỉnh ủy trực tiếp giới thiệu để bầu bổ sung chức danh Bí thư Huyện ủy Quảng Điền, nhiệm kỳ 2020-2025",
    [("61-QĐ/TU","2021-01-15")])

add("https://video.baotintuc.vn/thanh-hoa-tren-hanh-trinh-thu-phu-du-lich-bien-phia-bac-post24676.html",
    "news prose: Politburo resolution",
    "Nghị quyết đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2020-2025 và Nghị quyết số 58-NQ/TW, ngày 5/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045 đã xác định \"Du lịch là ngành kinh tế mũi nhọn\".",
    [("58-NQ/TW","2020-08-05")])

add("http://lyluanchinhtri.vn/home/index.php/thuc-tien/item/2394-tinh-ba-ria-vung-tau-phat-trien-du-lich-thanh-nganh-kinh-te-mui-nhon.html",
    "journal prose: date before the reference with an issuing verb",
    "Cụ thể hóa nghị quyết Đại hội XII, ngày 16-1-2017, Bộ Chính trị ban hành Nghị quyết số 08-NQ/TW về phát triển du lịch trở thành ngành kinh tế mũi nhọn, xác định phương hướng: Phát triển du lịch thực sự là ngành kinh tế dịch vụ tổng hợp, có tính liên ngành, liên vùng, có trọng tâm, trọng điểm, hiệu quả, có thương hiệu và khả năng cạnh tranh cao;",
    [("08-NQ/TW","2017-01-16")])

add("https://baonghean.vn/tags/R%E1%BB%93ng-kh%E1%BB%95ng-l%E1%BB%93.html",
    "provincial standing committee resolution, no date",
    "(Baonghean.vn) - Chiều ngày 30/11, dưới sự chủ trì của đồng chí Nguyễn Đắc Vinh - Ủy viên Ban chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy tiếp tục nghe và cho ý kiến về kết quả 10 năm thực hiện nghị quyết 05-NQ/TU của Ban Thường vụ Tỉnh ủy (khóa XVI) về xây dựng và phát triển thị xã Cửa Lò trở thành đô thị du lịch đến năm 2015, có tính đến 2020.",
    [("05-NQ/TU",None)])

add("http://baocuuchienbinhvietnam.com.vn/kiem-tra-viec-thuc-hien-ket-luan-cua-bo-chinh-tri-ve-doi-moi-phuong-thuc-hoat-dong-cua-hoi-ccb-viet-nam/",
    "veterans' association news: conclusion cited twice without date",
    "Ngày 25-4-2019 đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương, Trưởng ban chỉ đạo làm trưởng đoàn Đoàn Kiểm tra của Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW của Bộ Chính trị tại Đảng đoàn Hội CCB Việt Nam do đồng chí Thượng tướng Nguyễn Văn Được, Bí thư Đảng đoàn, Chủ tịch Hội CCB Việt Nam làm trưởng đoàn.\n\nTrung tướng Nguyễn Song Phi, Phó chủ tịch Hội CCB Việt Nam Báo cáo Tổng kết đã nêu bật kết quả triển khai thực hiện  Kết luận 62-KL/TW của Bộ Chính trị (Khóa X) về “ Tiếp tục đổi mới nội dung, phương thức hoạt độngcủa Mặt trận Tổ quốc và các Đoàn thể chính tị - xã hội” (dưới đây gọi tắt là Kết luận 62)",
    [("62-KL/TW",None),("62-KL/TW",None)])

add("http://www.baomoi.com/Phong-cach-quan-chung-tinh-dan-chu-va-su-neu-guong/c/10285432.epi",
    "short news: central propaganda board guidance, no date",
    "QĐND - Ban Tuyên giáo Trung ương đã có văn bản số 71-HD/BTGTW hướng dẫn việc học tập chuyên đề về tấm gương đạo đức Hồ Chí Minh năm 2013.",
    [("71-HD/BTGTW",None)])

add("https://www.baomoi.com/chi-thi-cua-ban-bi-thu-ve-dai-hoi-hoi-cuu-chien-binh-cac-cap/c/19028739.epi",
    "news: signing date without a year is no issue date",
    "(Cadn.com.vn) - Ngày 31-3, đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành Chỉ thị số 02-CT/TW của Ban Bí thư về lãnh đạo đại hội Hội cựu chiến binh các cấp và Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VI.",
    [("02-CT/TW",None)])

add("https://raw.githubusercontent.com/21ts444/thcshoangluong/main/tin-tuc-thong-bao/tin-tuc-tu-phong/ang-cao-chat-luong-sinh-hoat-chi-bo-chuyen-de-cua-chi-bo-tru.html",
    "school Party cell news: provincial and district Party documents, lower-case type words, date after the issuer",
    "Thực hiện Hướng dẫn số 12-HD/BTCTW của Ban tổ chức Trung ương ngày 6/7/2018 về hướng dẫn một số vấn đề nâng cao chất lượng sinh hoạt chi bộ; hướng dẫn số 05-HD/BTCTU ngày 12/02/2019 của Ban tổ chức Tỉnh ủy Bắc Giang về hướng dẫn nâng cao chất lượng sinh hoạt chi bộ trong đảng bộ tỉnh và đề án số 06-ĐA/HU ngày 25/3/2019 của Huyện ủy huyện Hiệp Hòa về nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2019-2020 và những năm tiếp theo, ngoài các buổi sinh hoạt chi bộ định kỳ, Đảng bộ xã Ngọc Sơn chỉ đạo các chi bộ lựa chọn một số vấn đề mới, phù hợp với nhiệm vụ của chi bộ để tổ chức sinh hoạt theo chuyên đề.",
    [("12-HD/BTCTW","2018-07-06"),("05-HD/BTCTU","2019-02-12"),("06-ĐA/HU","2019-03-25")], ocr=True)

add("http://dangbo.tnut.edu.vn/tin-tuc/2021-10-15/huong-dan-tieu-chuan-va-ho-so-xet-ket-nap-dang-vien-dt1267.html",
    "university Party committee decision: unnumbered header, Căn cứ list",
    "ĐẢNG BỘ ĐẠI HỌC THÁI NGUYÊN\n\nĐẢNG ỦY TRƯỜNG ĐẠI HỌC\n\nKỸ THUẬT CÔNG NGHIỆP\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n*\n\nSố      -/ĐU\n\n \n\nThái Nguyên, ngày       tháng 10 năm 2021\n\n \n\nQUYẾT ĐỊNH\n\nV/v ban hành Hướng dẫn tiêu chuẩn và hồ sơ xét kết nạp Đảng viên\n\n-----\n\nCăn cứ Điều lệ Đảng Cộng sản Việt Nam;\n\nCăn cứ Hướng dẫn số 01-HD/TW ngày 20/9/2016 của Ban Chấp hành Trung ương về “Một số vấn đề cụ thể thi hành Điều lệ Đảng”;\n\nCăn cứ Quy định số 29-QĐ/TW ngày 25/7/2016 của Ban Chấp hành Trung ương về “Quy định thi hành điều lệ Đảng”;\n\nCăn cứ Hướng dẫn số 09-HD/BTCTW ngày 05/6/2017 của Ban Tổ chức Trung ương về “Hướng dẫn nghiệm vụ công tác đảng viên”;\n\nCăn cứ Hướng dẫn số 01-HD/BTCĐU ngày 10/5/2021 của Ban Tổ chức Đảng ủy Đại học Thái Nguyên về “Hướng dẫn tiêu chuẩn xét kết nạp Đảng”;",
    [("01-HD/TW","2016-09-20"),("29-QĐ/TW","2016-07-25"),("09-HD/BTCTW","2017-06-05"),("01-HD/BTCĐU","2021-05-10")], ocr=True)

add("https://dukccqold.binhdinh.gov.vn/newsdetail.php?id=210&newsid=2394",
    "bloc Party committee guidance: Mục/điểm prefixes, symbol repeated",
    "Căn cứ thực hiện\n\n- Điều 1,2,3,4,5 Điều lệ Đảng;\n\n- Mục 1, 3, 4 Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng (khóa XIII)\n\nMục 1, 3 Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư Trung ương Đảng (khóa XIII).\n\n- Mục 1, phần I của Hướng dẫn số 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương\n\n1.1. Về tuổi đời: Tại thời điểm chi bộ xét kết nạp, người vào Đảng phải đủ 18 tuổi đến đủ 60 tuổi (tính theo tháng). Chỉ xem xét kết nạp vào Đảng những người trên 60 tuổi khi đủ điều kiện theo điểm1.1 mục 1 Hướng dẫn số 01-HD/TW ngày 28/9/2021.\n\n1.3. Về tiêu chuẩn chính trị: Thực hiện theo Quy định số 58-QĐ/TW, ngày 8/2/2022 của Bộ Chính trị “Một số vấn đề bảo vệ chính trị nội bộ Đảng”.",
    [("24-QĐ/TW","2021-07-30"),("01-HD/TW","2021-09-28"),("01-HD/TW","2021-09-28"),("12-HD/BTCTW","2022-01-18"),("58-QĐ/TW","2022-02-08")])

add("https://text.123docz.net/document/3763574-skkn-mo-t-so-bie-n-pha-p-ta-o-nguo-n-pha-t-trien-dang-vien-trong-ho-c-sinh-o-truong-thpt-tran-phu.htm",
    "school report text from a document site: comma after the date",
    "Nghị quyết số 25-NQ/TW ngày 25-7-2008, của Ban Chấp hành Trung ương, về\ntăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ đẩy mạnh công\n\n\nnghiệp hóa, hiện đại hóa, khẳng định: Thanh niên là rường cột của nước nhà, chủ\nnhân tương lai của đất nước,",
    [("25-NQ/TW","2008-07-25")])

add("http://dvdn247.net/dieu-kien-thanh-lap-chi-bo/",
    "legal Q&A: regulation with a year only",
    "Bên cạnh đó, tại Mục 19 Quy định 29-QĐ/TW năm 2016 thi hành Điều lệ Đảng do Ban Chấp hành Trung ương ban hành, có quy định về điều kiện để được thành lập chi bộ Đảng tại các cơ quan, doanh nghiệp, đơn vị sự nghiệp như sau:",
    [("29-QĐ/TW",None)])

add("https://syt.binhdinh.gov.vn/index.php/vi/news/thong-tin-chi-dao-dieu-hanh/ban-thuong-vu-dang-uy-uy-ban-nhan-dan-tinh-binh-dinh-xay-dung-ke-hoach-trien-khai-cuoc-thi-chinh-luan-ve-bao-ve-nen-tang-tu-tuong-cua-dang-lan-thu-nam-nam-2025-3596.html",
    "provincial propaganda board plan and academy plan",
    "Thể lệ và định hướng những chủ đề Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ Năm, năm 2025 theo Kế hoạch số 57-KH/HVCTQG ngày 05/02/2025 của Học viện Chính trị Quốc gia Hồ Chí Minh và Kế hoạch số 49-KH/BTGTU ngày 21/02/2025 của Ban Tuyên giáo Tỉnh ủy triển khai hưởng ứng Cuộc thi trên địa bàn tỉnh.",
    [("57-KH/HVCTQG","2025-02-05"),("49-KH/BTGTU","2025-02-21")])

add("https://bathuoc.thanhhoa.gov.vn/portal/pages/print.aspx?p=5995",
    "district steering committee 35 letters: 'BCĐ 35' after the symbol, 'Số Số', space before the hyphen",
    "Thực hiện Công văn số 103-CV/BCĐ 35, ngày 17/02/2023 của Ban Chỉ đạo 35 cấp tỉnh về triển khai Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch lần thứ ba năm 2023. Để thu hút được đông đảo cán bộ, đảng viên, đoàn viên, hội viên trong hệ thống chính trị và các tầng lớp Nhân dân trên địa bàn huyện hưởng ứng tham gia Cuộc thi, góp phần nâng cao hiệu quả công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch, Ban Chỉ đạo 35 cấp huyện ban hành Công văn số Số 25 -CV/BCĐ ngày 27/02/2023 tổ chức triển khai Kế hoạch, Thể lệ và phát động cuộc thi đến toàn thể cán bộ, đảng viên, giảng viên, đoàn viên, hội viên và các tầng lớp Nhân dân tại địa phương, cơ quan, đơn vị tích cực, nhiệt tình tham gia cuộc thi.",
    [("103-CV/BCĐ","2023-02-17"),("25-CV/BCĐ","2023-02-27")])

add("https://hcma.vn/bao-ve-nen-tang-tu-tuong/",
    "academy page: dashed date",
    "LTS: Thời gian qua, từ khi có Nghị quyết số 35-NQ/TW ngày 22-10-2018 của Bộ Chính trị về “Tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới” (sau đây gọi tắt là Nghị quyết 35), công tác này được triển khai ngày càng bài bản, thống nhất, đồng bộ, toàn diện, quyết liệt, đi vào chiều sâu.",
    [("35-NQ/TW","2018-10-22")])

add("https://www.phonha.com/2021/01/huong-dan-11-hdvptw-ve-thuc-van-ban-cua.html",
    "Party office guidance: 'số' glued to the number (as on the page), dashed dates",
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n--------\n\nĐẢNG CỘNG SẢN VIỆT NAM\n------------\n\nSố: 11-HD/VPTW\n\nHà Nội, ngày 28 tháng 05 năm 2004\n\nHƯỚNG DẪN VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG\n\nThi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997 ban hành Quy định “về thể loại, thẩm quyền banhành và thể thức văn bản của Đảng” và Điều 2 Quyết định của Ban Bí thư số91-QĐ/TW, ngày 16-02-2004 bổ sung thẩm quyền ban hành văn bản trong một sốđiều của “Quy định về thể loại, thẩm quyền ban hành và thể thức văn bản củaĐảng”, Văn phòng Trung ương Đảng hướng dẫn về thể thức văn bản của Đảng đểthực hiện thống nhất trong các cấp ủy, tổ chức, cơ quan đảng như sau:",
    [("11-HD/VPTW","2004-05-28"),("31-QĐ/TW","1997-10-01"),("91-QĐ/TW","2004-02-16")])

add("https://sub.dost-dongnai.gov.vn/xuanphu/Pages/quychelamviec.aspx",
    "commune rules: 'Quyết định số:' with the date on the next broken line",
    "QUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\nChương I\nNHỮNG QUY ĐỊNH\nCHUNG",
    [("59/QĐ-UBND","2021-07-22")])

add("http://www.baomoi.com/Quy-dinh-ve-trach-nhiem-neu-guong-cua-can-bo-dang-vien/c/9787206.epi",
    "military Party committee regulation written with a slash for the hyphen",
    "QĐND – Thường vụ Quân ủy Trung ương vừa ra Quy định số 646/QĐ/QUTW “Về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo, chỉ huy, quản lý các cấp trong Quân đội”, với mục đích để mỗi cán bộ, đảng viên trong quân đội phải tích cực, tự giác học tập và làm theo tấm gương đạo đức Hồ Chí Minh;",
    [("646-QĐ/QUTW",None)])

add("http://www.baomoi.com/Thuc-hien-Chi-thi-03-cua-Bo-Chinh-tri-Loai-dan-hinh-thuc-di-vao-thuc-chat/c/11890938.epi",
    "news: TƯ for TW, date before with an issuing verb",
    "LTS: Ngày 14-5-2011, Bộ Chính trị ban hành Chỉ thị 03-CT/TƯ về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh. Hơn 2 năm qua, các cấp ủy, chính quyền TP Hà Nội đã nghiêm túc thực hiện Chỉ thị, đem lại hiệu quả thiết thực.",
    [("03-CT/TW","2011-05-14")])

add("http://sovhttdl.hungyen.gov.vn/portal/pages/print.aspx?p=9496",
    "provincial department plan: provincial propaganda board plan in the State form; date before",
    "Kế hoạch tổ chức Hội thi xe tuyên truyền lưu động chào mừng 190 năm thành lập tỉnh, 80 năm thành lập Đảng bộ tỉnh và 25 năm tái lập tỉnh Hưng Yên\n\nCăn cứ Kế hoạch số 01/KH-BTCKN ngày 05/7/2021 của Ban Tổ chức kỷ niệm; Kế hoạch số 24/KH-BTGTU ngày 13/8/2021 của Ban Tuyên giáo Tỉnh ủy. Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ chức Hội thi xe tuyên truyền lưu động chào mừng 190 năm thành lập tỉnh, 80 năm thành lập Đảng bộ tỉnh và 25 năm tái lập tỉnh Hưng Yên./.",
    [("01/KH-BTCKN","2021-07-05"),("24-KH/BTGTU","2021-08-13"),("67/KH-SVHTTDL","2021-11-02")])

add("https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/3117925-huong-dan-tuyen-truyen-ky-niem-cac-ngay-le-lon-va-su-kien-lich-su-quan-trong-trong-nam-2019.html",
    "district propaganda board: city board guidance with space after the hyphen",
    "Hướng dẫn tuyên truyền, kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2019\nNgày đăng 07/01/2019 | 14:09  | View count: 695\n\nThực hiện Hướng dẫn số 70- HD/BTGTU ngày 14/12/2018 của Ban Tuyên giáo Thành uỷ về việc “Tuyên truyền, kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2019”,\n\nBan Tuyên giáo Quận ủy ban hành Hướng dẫn công tác tuyên truyền, kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2019.\n\nPhòng Văn hóa và Thông tin đăng tải Hướng dẫn số 35-HD/BTG ngày 25/12/2018 của Ban Tuyên giáo Quận ủy. Xem nội dung Hướng dẫn tại đây.\n\nBAN TUYÊN GIÁO QUẬN ỦY",
    [("70-HD/BTGTU","2018-12-14"),("35-HD/BTG","2018-12-25")], ocr=True)

add("https://danang.gov.vn/web/guest/chinh-quyen",
    "city Party letter: dashed dates",
    "Ban Thường vụ Thành ủy vừa ban hành Công văn số 3261-CV/TU ngày 22-5-2019, yêu cầu Ban cán sự đảng UBND thành phố, Ban Tuyên Giáo Thành ủy, Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội thành phố, các Quận ủy, Huyện ủy tăng cường lãnh đạo, chỉ đạo thực hiện hiệu quả công tác phòng, chống, khống chế bệnh dịch tả lợn Châu Phi, theo Chỉ thị số 34-CT/TW ngày 20-5-2019 của Ban Bí thư Trung ương Đảng.",
    [("3261-CV/TU","2019-05-22"),("34-CT/TW","2019-05-20")])

add("http://www.nhandan.org.vn/English/today/weather.html",
    "city Party announcement: signing without a date",
    "NDĐT - Phó Bí thư Thường trực Thành ủy Hà Nội Ngô Thị Thanh Hằng vừa ký ban hành Thông báo số 866-TB/TU thông báo kết luận hội nghị Ban Thường vụ Thành ủy về tăng cường sự lãnh đạo, chỉ đạo của cấp ủy đảng đối với công tác phòng, chống dịch sốt xuất huyết (SXH) trên địa bàn thành phố năm 2017.",
    [("866-TB/TU",None)])

add("https://badinh.hanoi.gov.vn/khoi-phuong/-/view_content/155546-sinh-hoat-chi-bo-moi-thuc-hien-theo-de-an-so-06-da-tu-cua-thanh-uy-ha-noi.html",
    "ward news: city Party scheme (ĐA/TU) cited twice without date",
    "Sinh hoạt chi bộ mới thực hiện theo Đề án số 06-ĐA/TU của Thành ủy Hà Nội\nNgày đăng 08/07/2014 | 00:00\n\nThực hiện theo Đề án số 06-ĐA/TU của Thành ủy Hà Nội về việc “kiện toàn sắp xếp tổ chức Đảng và các tổ chức trong hệ thống chính trị trên địa bàn dân cư, tổ dân phố ở xã phường thị trấn thuộc thành phố Hà Nội,\n\nSau khi tiến hành sáp nhập phường Điện Biên có 11 chi bộ và 20 tổ dân phố.",
    [("06-ĐA/TU",None),("06-ĐA/TU",None)])

add("https://huengaynay.vn/chinh-tri-xa-hoi/theo-dong-thoi-su/thong-nhat-ve-nhan-thuc-va-hanh-dong-de-som-dua-nghi-quyet-vao-cuoc-song-157569.html",
    "ward Party news: page date, directive without date",
    " date 2025-09-07 Ông Trương Quang Trung, Bí thư Đảng ủy phường Hương An quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030\n\nĐồng thời, hội nghị cũng giới thiệu, hướng dẫn triển khai Chỉ thị 50-CT/TW của Ban Bí thư; mô hình “Chi bộ bốn tốt” nhằm nâng cao chất lượng tổ chức cơ sở đảng và giới thiệu tiện ích của Sổ tay Đảng viên điện tử,",
    [("50-CT/TW",None)])

add("http://benhvientx.vn/web/trang-chu/tin-tuc-va-su-kien/dai-hoi-cac-chi-bo-truc-thuoc-dang-bo-benh-vien-da-khoa-tho-xuan-nhiem-ky-2022-2025.html",
    "hospital Party committee: provincial, district and grassroots symbols with a space or en dash around the hyphen",
    "Đại hội các chi bộ trực thuộc Đảng bộ Bệnh viện Đa khoa Thọ Xuân nhiệm kỳ 2022 - 2025.\n\nĐăng lúc: 10:24:33 29/07/2022 (GMT+7)\n\n \n           Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Thực hiện Công văn số 565- CV/TU, ngày 14/03/2022 của Ban Thường vụ Tỉnh ủy Thanh Hoá về việc chỉ đạo đại hội chi bộ trực thuộc đảng ủy cơ sở, nhiệm kỳ 2022 – 2025; Thực hiện Kế hoạch số 104- KH/HU, ngày 31/03/2022 của Ban Thường vụ Huyện uỷ Thọ Xuân đại hội chi bộ trực thuộc đảng bộ cơ sở, nhiệm kỳ 2022 - 2025; Căn cứ Kế hoạch số 100 – KH/ĐU, ngày 06/04/2022 của Đảng ủy BVĐK huyện Thọ Xuân về việc Đại hội các chi bộ trực thuộc nhiệm kỳ 2022-2025. Đảng ủy bệnh viện Đa khoa Thọ Xuân có 06 Chi bộ trực thuộc.",
    [("565-CV/TU","2022-03-14"),("104-KH/HU","2022-03-31"),("100-KH/ĐU","2022-04-06")], ocr=True)

add("https://phusannhidanang.org.vn/Home/NewsDetail/?title=&&newsid=372",
    "hospital Party committee: bloc plan, hospital plan with a long issuer (ĐUBVPSN), directive repeated with a spaced hyphen",
    "ĐẠI HỘI ĐẢNG BỘ BỆNH VIỆN PHỤ SẢN – NHI ĐÀ NẴNG LẦN THỨ III NHIỆM KỲ 2020-2025\n\nThực hiện Chỉ thị số 35- CT/TW ngày 30/5/2019 của Bộ chính trị về “Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng” và Kế hoạch số 79-KH/ĐUK, ngày 26/11/2019 của Ban Thường vụ Đảng ủy khối Các cơ quan thành phố về triển khai thực hiện Chỉ thị số 35- CT/TW ngày 30/5/2019 của Bộ chính trị về Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Kế hoạch 26-KH/ĐUBVPSN ngày 11/5/2020 của Ban Thường vụ Đảng ủy Bệnh viện về việc tổ chức Đại hội Đảng bộ Bệnh viện Phụ sản – Nhi Đà Nẵng lần thứ III, nhiệm kỳ 2020-2025. Trong hai ngày 19 và 20/5 Đảng bộ Bệnh viện Phụ sản – Nhi Đà Nẵng đã tổ chức Đại hội lần thứ III, nhiệm kỳ 2020-2025.",
    [("35-CT/TW","2019-05-30"),("35-CT/TW","2019-05-30"),("79-KH/ĐUK","2019-11-26"),("26-KH/ĐUBVPSN","2020-05-11")], ocr=True)

add("http://bvtamthannghean.gov.vn/index.php/tin-hoat-dong/dang-bo-benh-vien-tam-than-nghe-an-to-chuc-hoc-tap-quan-triet-tuyen-truyen-va-trien-khai-thuc-hien-nghi-quyet-hoi-nghi-lan-sau-ban-chap-hanh-trung-uong-dang-khoa-xiii-157.html",
    "hospital Party committee: list of central resolutions without dates, meeting date",
    "Thực hiện Nghị quyết tháng 1 của Ban chấp hành Đảng bộ bệnh viện, sáng ngày 02/02/2023, Đảng bộ Bệnh viện tổ chức học tập Nghị quyết Hội nghị lần sáu Ban chấp hành Trung ương Đảng khoá XIII của Đảng do Đồng chí Nguyễn Đức Toàn - Bí thư Đảng bộ truyền đạt với các nội dung:\n- Nghị quyết số 27-NQ/TW Về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới.\n- Nghị quyết số 28-NQ/TW Về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới. - Nghị quyết số 29-NQ/TW Về tiếp tục đẩy mạnh công nghiệp hoá, hiện đại hoá đất nước đến năm 2030, tầm nhìn đến năm 2045.\n- Kết luận số 45-KL/TW Về định hướng Quy hoạch tổng thể quốc gia thời kỳ 2021-2030, tầm nhìn đến năm 2050.",
    [("27-NQ/TW",None),("28-NQ/TW",None),("29-NQ/TW",None),("45-KL/TW",None)])

add("https://pktauyen.benhvienquan11.vn/hoat-dong-dang-bo/dang-bo-benh-vien-quan-11-dat-tieu-chuan-trong-sach-vung-manh-tieu-bieu-nam-2018-va-nhan-giay-khen-ve-thuc-hien-tot-chi-thi-10cttw-cua-ban-bi-thu-va-huong-dan-12hdbtctw-nam-2018-n334.html",
    "hospital Party news: short citations with 'năm 2018' (no issue date)",
    "Đảng bộ Bệnh viện Quận 11 đạt tiêu chuẩn trong sạch, vững mạnh tiêu biểu năm 2018 và nhận Giấy khen về thực hiện tốt Chỉ thị 10-CT/TW của Ban Bí thư và Hướng dẫn 12-HD/BTCTW năm 2018\n\nThứ sáu, 29/03/2019, 08:38:38 Lượt xem: 585\n\nTại Hội nghị, các đơn vị đã được nghe báo cáo tóm tắt kết quả công tác xây dựng Đảng, hệ thống chính trị và kết quả đánh giá, xếp loại chất lượng tổ chức cơ sở đảng, cán bộ, đảng viên năm 2018 đồng thời triển khai Kế hoạch thực hiện chuyên đề Chỉ thị 05-CT/TW năm 2019 về “Xây dựng ý thức tôn trọng Nhân dân, phát huy dân chủ, chăm lo đời sống nhân dân theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
    [("10-CT/TW",None),("12-HD/BTCTW",None),("05-CT/TW",None)])

add("https://bvdktuthainguyen.gov.vn/article/kinh-gui-cac-chi-doan-truc-thuoc-doan-tn-benh-vien",
    "hospital Youth Union letter: provincial Youth Union plan with a compound issuer, space after the hyphen",
    "2. Nội dung, hình thức, đối tượng, thể lệ, câu hỏi, đáp án và cơ cấu giải thưởng (theo Kế hoạch số 111- KH/TĐTN-TG ngày 28 tháng 8 năm 2014 của Tỉnh Đoàn Thái Nguyên) được Đăng tải trên trang website: www/bvdktuthainguyen.gov.vn\n\n          3. Thời gian tham dự: từ ngày 05/9/2013 đến hết hết ngày 25/10/2014.",
    [("111-KH/TĐTN-TG","2014-08-28")])

add("https://bvdksocson.vn/cbcnv-benh-vien-da-khoa-soc-son-thi-dua-lap-thanh-tich-chao-mung-dai-hoi-dang-bo-benh-benh-vien-lan-thu-xiii-nhiem-ky-2020-2025.html",
    "hospital Party news: spaced en dash in the symbol, two spaces before ngày",
    "Thực hiện Chỉ thị số 35 – CT/TW,  ngày 30/5/2019 của Bộ Chính trị “ về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng”; Và các văn bản chỉ đạo của các cấp, Đảng bộ Bệnh viện đa khoa Sóc Sơn đã thành lập các Tiểu ban phục vụ Đại hội lần thứ XIII, nhiệm kỳ 2020-2025.",
    [("35-CT/TW","2019-05-30")])

add("https://tpcduyenhai.com.vn/vi-VN",
    "enterprise Party news: founding date is no issue date of the decision",
    "15 năm thành lập Đảng bộ Tập đoàn Điện lực Việt Nam: Lãnh đạo EVN đảm bảo sứ mệnh cung cấp đủ điện phục vụ phát triển kinh tế xã hội của đất nước\n\nNgày 8/10/2007, Đảng bộ Tập đoàn Điện lực Việt Nam (EVN) được thành lập theo Quyết định số 298-QĐ/ĐUK của Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương, trên cơ sở sát nhập tổ chức đảng của Cơ quan EVN và một số đơn vị thành viên.",
    [("298-QĐ/ĐUK",None)])

add("https://hethongphapluat.com/quyet-dinh-64-2024-qd-ubnd-ve-quy-dinh-viec-thanh-lap-to-chuc-va-hoat-dong-cua-to-chuc-phoi-hop-lien-nganh-thuoc-tham-quyen-quyet-dinh-cua-chu-tich-uy-ban-nhan-dan-tinh-thua-thien-hue.html",
    "provincial decision: replaced decision, effective date",
    "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 64/2024/QĐ-UBND\n\nThừa Thiên Huế, ngày 04 tháng 9 năm 2024\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY ĐỊNH VIỆC THÀNH LẬP, TỔ CHỨC VÀ HOẠT ĐỘNG CỦA TỔ CHỨC PHỐI HỢP LIÊN NGÀNH THUỘC THẨM QUYỀN QUYẾT ĐỊNH CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\n\nCăn cứ Quyết định số 23/2023/QĐ-TTg ngày 18 tháng 9 năm 2023 của Thủ tướng Chính phủ về thành lập, tổ chức và hoạt động của tổ chức phối hợp liên ngành;\n\nTheo đề nghị của Giám đốc Sở Nội vụ.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định việc thành lập, tổ chức và hoạt động của tổ chức phối hợp liên ngành thuộc thẩm quyền quyết định của Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế.\n\nĐiều 2. Hiệu lực thi hành\n\nQuyết định này có hiệu lực thi hành kể từ ngày 14 tháng 9 năm 2024 và thay thế Quyết định số 17/2016/QĐ-UBND ngày 25 tháng 02 năm 2016 của Ủy ban nhân dân tỉnh về việc ban hành Quy chế quy định việc thành lập, kiện toàn, thay đổi thành viên, tổ chức và hoạt động của tổ chức p",
    [("64/2024/QĐ-UBND","2024-09-04"),("23/2023/QĐ-TTg","2023-09-18"),("17/2016/QĐ-UBND","2016-02-25")], ocr=True)

add("https://caselaw.vn/van-ban-phap-luat/277453-thong-tu-lien-tich-02-2011-ttlt-vpcp-bnv-huong-dan-ve-chuc-nang-nhiem-vu-quyen-han-va-co-cau-to-chuc-cua-van-phong-uy-ban-nhan-dan-tinh-thanh-pho-truc-thuoc-trung-uong-do-van-phong-chinh-phu-bo-noi-vu-ban-hanh",
    "case-law site metadata: dashed dates, replacing circular",
    "Thông tin văn bản\n  • Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV ngày 28/01/2011 giữa Chủ nhiệm Văn Phòng Chính Phủ và Bộ trưởng Bộ Nội vụ Hướng dẫn về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương (Văn bản hết hiệu lực)\n\n  • Số hiệu văn bản: 02/2011/TTLT-VPCP-BNV\n  • Loại văn bản: Thông tư liên tịch\n  • Cơ quan ban hành: Bộ Nội vụ, Văn phòng Chính phủ\n  • Ngày ban hành: 28-01-2011\n  • Ngày có hiệu lực: 15-03-2011\n  • Ngày bị bãi bỏ, thay thế: 15-12-2015\nCaselaw Việt Nam: “Kể từ ngày 15-12-2015, Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV ngày 28/01/2011 giữa Chủ nhiệm Văn Phòng Chính Phủ và Bộ trưởng Bộ Nội vụ Hướng dẫn về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương (Văn bản hết hiệu lực) bị bãi bỏ, thay thế bởi Thông tư liên tịch số 01/2015/TTLT-VPCP-BNV ngày 23/10/2015 giữa Chủ nhiệm Văn Phòng Chính Phủ và Bộ trưởng Bộ Nội vụ Hướng dẫn chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương”.",
    [("02/2011/TTLT-VPCP-BNV","2011-01-28"),("02/2011/TTLT-VPCP-BNV","2011-01-28"),("02/2011/TTLT-VPCP-BNV","2011-01-28"),("01/2015/TTLT-VPCP-BNV","2015-10-23")])
