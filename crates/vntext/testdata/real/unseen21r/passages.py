# Passages of unseen21r (copied from public GitHub files found with find_string; see SOURCES.md), with labels.
# ocr=True: rendered to a PNG by ../render_ocr.py and put into refs.jsonl as tesseract's output.
# pdf=True: laid out by ../render_ocr.py as an HTML page (lines with ' | ' as table rows), printed to PDF by
# LibreOffice and read back with `pdftotext -layout`; the PDF text goes into refs.jsonl.
# Labels are the true references: the symbol as the issuer writes it (eth Ð read Đ, TƯ read TW, a mixed-case
# type as the type's canonical case 'CTr'), the issue date where the passage gives it, '' where it does not
# (an effective date, a reporting period, a record's creation timestamp are no issue date). Passages are
# copied as the file holds them: escapes (a literal backslash-n inside a JSON or SQL string), HTML entities
# and code around the text are part of the text.
P = []
def add(url, kinds, text, expect, ocr=False, pdf=False):
    P.append(dict(source=url, kinds=kinds, text=text, expect=[dict(symbol=s, date=d or None) for s, d in expect], ocr=ocr, pdf=pdf))

FS = "github:find_string-id:"

# ---------------------------------------------------------------- Lào Cai (2025-2026): a table of the province's documents
add(FS + "70229354258 (notes of a Lào Cai office on the province's 2025-2026 decisions on ethnic-minority communes, a Markdown table)",
    "table cells: each cell lists symbols with their dates ('Thông báo 186-TB/TU ngày …; Kết luận 90-KL/TU ngày …'), a provincial decision undated at one mention and dated at another ('QĐ 2167/QĐ-UBND' … 'Quyết định số 2167/QĐ-UBND ngày 23/6/2026'), 'Từ ngày ký 23/6/2026' an effective date",
    """TTr 365/TTr-STC ngày 07/5/2026 | **87 xã, phường đặc biệt khó khăn; 08 xã, phường khó khăn** | Từ ngày ký 23/6/2026; **thay thế QĐ 1894** (Điều 3) |
| QĐ 2752/QĐ-UBND ngày 31/12/2025 của UBND tỉnh Lào Cai phê duyệt danh sách thôn, xã vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030 trên địa bàn tỉnh Lào Cai | Chủ tịch Nguyễn Tuấn Anh | NĐ 272/2025/NĐ-CP ngày 16/10/2025 về phân định vùng đồng bào DTTS và miền núi giai đoạn 2026-2030; Thông báo 186-TB/TU ngày 30/12/2025; Kết luận 90-KL/TU ngày 31/12/2025; TTr 69/TTr-HĐTĐ ngày 28/12/2025 | 2.438 thôn vùng DTTS và miền núi (1.033 thôn đặc biệt khó khăn); 95 xã: 12 xã khu vực I, 36 xã khu vực II, 47 xã khu vực III | Từ ngày ký |

Quy tắc viện dẫn: từ 23/6/2026 chỉ dẫn QĐ 2167/QĐ-UBND; gặp văn bản (của doanh nghiệp, xã) còn dẫn QĐ 1894/QĐ-UBND thì ghi rõ "đã được thay thế bởi Quyết định số 2167/QĐ-UBND ngày 23/6/2026". QĐ 2167 dẫn **NĐ 96/2026/NĐ-CP**, không dẫn NĐ 31/2021/NĐ-CP như QĐ 1894.""",
    [("365/TTr-STC", "2026-05-07"), ("2752/QĐ-UBND", "2025-12-31"), ("272/2025/NĐ-CP", "2025-10-16"),
     ("186-TB/TU", "2025-12-30"), ("90-KL/TU", "2025-12-31"), ("69/TTr-HĐTĐ", "2025-12-28"),
     ("2167/QĐ-UBND", "2026-06-23"), ("1894/QĐ-UBND", ""), ("2167/QĐ-UBND", "2026-06-23"),
     ("96/2026/NĐ-CP", ""), ("31/2021/NĐ-CP", "")], pdf=True)

add(FS + "56653733104 (a test fixture quoting the text of a 2026 draft decision of the Hà Nội People's Committee)",
    "city People's Committee's draft decision: header 'Số: /QĐ-UBND' with the number left blank and the date 'ngày tháng năm 2026' blank (no reference); Căn cứ a city Party committee's notice, a plan, a department's submission; laws cited by name and date only",
    """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: /QĐ-UBND

Hà Nội, ngày tháng năm 2026

QUYẾT ĐỊNH
Phê duyệt Kế hoạch Bảo đảm thoát nước, chống úng ngập
khu vực nội thành Thành phố mùa mưa năm 2026

ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;

Căn cứ Luật Xây dựng ngày 18/6/2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17/6/2020;

Căn cứ Thông báo số 212-TB/TU ngày 23/01/2026 của Thành ủy Hà Nội;

Căn cứ Kế hoạch số 325/KH-UBND ngày 03/12/2025 của UBND Thành phố về khắc phục tình trạng úng ngập trên địa bàn Thành phố;

Theo đề nghị của Sở Xây dựng tại Tờ trình số 191/TTr-SXD ngày 10/4/2026 về Kế hoạch Bảo đảm thoát nước, chống úng ngập khu vực nội thành Thành phố mùa mưa năm 2026.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Kế hoạch bảo đảm thoát nước, chống úng ngập khu vực nội thành Thành phố mùa mưa năm 2026, kèm theo Quyết định này.""",
    [("212-TB/TU", "2026-01-23"), ("325/KH-UBND", "2025-12-03"), ("191/TTr-SXD", "2026-04-10")], ocr=True)

LC = FS + "54517744663 (description of a Lào Cai Department of Industry and Trade's assistant for mining work, 2026, quoting the province's and the ministries' documents; "
add(LC + "part I)",
    "provincial Party directives and a provincial letter with dates in prose, a plan and a Party programme undated inside brackets ('KH 200/KH-UBND (CTr 39-CTr/TU thực hiện NQ 10-NQ/TW)'), laws and decrees named by number and year only ('Luật 54/2024', 'NĐ 193/2025', 'NQ 66.19/2026') that are no symbol",
    """1. **Đứng đúng vai Sở Công Thương** — SCT KHÔNG cấp giấy phép thăm dò/khai thác khoáng sản (việc của Bộ NNMT / Chủ tịch UBND tỉnh, cơ quan tham mưu là Sở Nông nghiệp và Môi trường). SCT quản lý: công nghiệp khai thác mỏ và chế biến khoáng sản (trừ VLXD thông thường và sản xuất xi măng), VLNCN, kỹ thuật an toàn khai thác, kế hoạch quản lý rủi ro, thiết kế mỏ nhóm I, phương án khai thác - sử dụng khoáng sản nhóm I trong quy hoạch tỉnh (Điều 4 TT 37/2025/TT-BCT ngày 14/6/2025).
2. **Nắm khung pháp lý mới toàn diện** — Luật 54/2024 (hiệu lực 01/7/2025), Luật 147/2025 (01/01/2026), NĐ 193/2025 → NĐ 21/2026, NQ 66.19/2026 phân quyền 9 nhóm TTHC về Chủ tịch UBND cấp tỉnh, chùm Thông tư BCT và BNNMT — kèm GATE chuyển tiếp (mục III).
3. **Phục vụ chỉ đạo của tỉnh** — Chỉ thị 11-CT/TU ngày 04/01/2026 (QLNN khoáng sản), Chỉ thị 26-CT/TU ngày 12/5/2026 (BVMT dự án khai thác KS), CV 5973/UBND-KT ngày 11/6/2026 (tăng cường thanh kiểm tra), KH 200/KH-UBND (CTr 39-CTr/TU thực hiện NQ 10-NQ/TW), Chỉ thị 38/CT-TTg.""",
    [("37/2025/TT-BCT", "2025-06-14"), ("11-CT/TU", "2026-01-04"), ("26-CT/TU", "2026-05-12"),
     ("5973/UBND-KT", "2026-06-11"), ("200/KH-UBND", ""), ("39-CTr/TU", ""), ("10-NQ/TW", ""), ("38/CT-TTg", "")], pdf=True)

add(LC + "part III)",
    "a Government resolution numbered with a dot ('NQ 66.19/2026/NQ-CP') after an effective date ('Từ 18/5/2026 →'), a circular; many laws and decrees by number and year only",
    """**B1 — Sự việc/hồ sơ phát sinh NGÀY NÀO?**
- Trước 01/7/2025 → Luật Khoáng sản 60/2010, NĐ 158/2016 (hồ sơ cũ, trả lời thanh tra)
- 01/7/2025 – 31/12/2025 → Luật 54/2024 + NĐ 193/2025 + chùm TT tháng 7/2025
- Từ 01/01/2026 → cộng thêm Luật 147/2025 (sửa 35 nhóm nội dung: Điều 108 thẩm quyền, nhóm IV theo "phương án khai thác", đất hiếm Chương VIIa...)
- Từ 16/01/2026 → cộng NĐ 21/2026 (sửa NĐ 193/2025)
- Từ 18/5/2026 → cộng NQ 66.19/2026/NQ-CP: 9 nhóm TTHC của Bộ trưởng BNNMT phân quyền về **Chủ tịch UBND cấp tỉnh** (cấp lại/gia hạn/điều chỉnh/trả lại GP thăm dò; chuyển nhượng quyền thăm dò; phê duyệt + điều chỉnh đề án đóng cửa mỏ; chấp thuận phương án đóng cửa mỏ; quyết định đóng cửa mỏ; chấp thuận thăm dò - khai thác tại khu vực cấm; thăm dò bổ sung nâng cấp trữ lượng; thay đổi đề án thăm dò - KS đi kèm; bổ sung khối lượng thăm dò khi GP hết hạn; đánh giá ảnh hưởng đến KS dự trữ). Với đất hiếm: chuyển nhượng quyền thăm dò phải báo cáo Thủ tướng.
- TT BCT: TT 26/2026/TT-BCT (sửa TT 24/2025 + TT 43/2025, rút ngắn thời hạn, khẳng định UBND cấp tỉnh cấp GCN KTAT khai thác KS).""",
    [("66.19/2026/NQ-CP", ""), ("26/2026/TT-BCT", "")])

add(LC + "part V)",
    "symbols dated in another passage are undated here (Chỉ thị 11-CT/TU, 26-CT/TU, CV 5973/UBND-KT); a department's letter dated inside brackets ('(nguồn: CV 5141/SNNMT-KS ngày 29/12/2025)'); decrees named for penalties; a ministry's circular with a new issuer code BNNMT",
    """**4. Chế biến khoáng sản + nguồn gốc (Chỉ thị 11, CV 5973)** — reference `06`. Kiểm tra cơ sở chế biến, thu mua, tuyển, nghiền, sàng, tập kết: tuân thủ GCN đầu tư, quy mô - công suất, nguồn gốc nguyên liệu hợp pháp; chấn chỉnh chế biến không rõ nguồn gốc, vượt công suất. Xuất khẩu KS làm VLXD: danh mục - quy cách - chỉ tiêu kỹ thuật theo TT 11/2026/TT-BXD.

**5. Đối chiếu VLNCN - sản lượng + kiểm soát trữ lượng** — references `07`, `14`. Phối hợp Thuế, SNNMT so sánh sản lượng khai thác thực tế với lượng thuốc nổ được phép sử dụng (nhiệm vụ SCT trong KH Chỉ thị 11). Nghĩa vụ doanh nghiệp SCT cần nắm khi kiểm tra: trạm cân/thiết bị đo (khoản 4-5 Điều 59 NĐ 193/2025 — có chế biến thì cân trước khi vào chế biến VÀ khi ra khỏi dự án), camera, sổ sách chứng từ, thống kê hằng năm (kỳ 01/01-31/12), kiểm kê khi gia hạn/điều chỉnh/chuyển nhượng/trả lại/đóng cửa mỏ, bản đồ - mặt cắt hiện trạng từ khi XDCB (Điều 12-15 TT 36/2025/TT-BNNMT), kết nối dữ liệu với cơ quan QLNN.

**6. Kiểm tra - xử phạt - báo cáo** — references `08`, `09`, `13`. Xử phạt VPHC: NĐ 36/2020/NĐ-CP + NĐ 04/2022/NĐ-CP (đang hiệu lực; theo dõi nghị định thay thế theo Luật 54/2024 — chưa xác minh được số mới, không tự bịa; tỉnh đã kiến nghị Bộ xử lý chồng chéo với Điều 227 BLHS). Kiểm tra chuyên ngành theo NĐ 217/2025. Báo cáo: theo Chỉ thị 11-CT/TU, Chỉ thị 26-CT/TU, CV 5973/UBND-KT, Chỉ thị 38/CT-TTg, KH 200/KH-UBND, KH 218/KH-UBND; báo cáo năm của tỉnh gửi 3 Bộ theo đề cương Bộ NNMT (cấu trúc chuẩn + số liệu nền 2025: reference `13`).

**8. Thống kê, kê khai, kiểm soát sản lượng và báo cáo định kỳ** — reference `14` (nguồn: CV 5141/SNNMT-KS ngày 29/12/2025). Hai chiều: (i) SCT **nhận** báo cáo định kỳ của mỏ **nhóm I** (cả GP Bộ cấp và tỉnh cấp) và nước nóng - nước khoáng thiên nhiên tỉnh cấp — hạn nộp trước **15/02** hằng năm, Mẫu 05 Phụ lục IV TT 36/2025 (nhóm II/III/IV đi luồng Sở Xây dựng);""",
    [("11/2026/TT-BXD", ""), ("36/2025/TT-BNNMT", ""), ("36/2020/NĐ-CP", ""), ("04/2022/NĐ-CP", ""),
     ("11-CT/TU", ""), ("26-CT/TU", ""), ("5973/UBND-KT", ""), ("38/CT-TTg", ""), ("200/KH-UBND", ""),
     ("218/KH-UBND", ""), ("5141/SNNMT-KS", "2025-12-29")])

add(LC + "part V.7)",
    "the Prime Minister's planning decisions and a provincial decision listed inside brackets, undated",
    """**7. Khoáng sản trong thẩm định dự án, thành lập CCN** — reference `12`, mẫu `06`. Hai chiều: (i) SCT tổng hợp thẩm định CCN (khớp kccn-sct-vn) → đọc, xử lý ý kiến khoáng sản của SNNMT (rà 4 lớp: QĐ 866/QĐ-TTg, QĐ 1626/QĐ-TTg, QĐ 525/QĐ-UBND, khu dự trữ QĐ 1277/QĐ-TTg + GP còn hiệu lực; có chồng lấn → yêu cầu chủ đầu tư điều chỉnh ranh giới); (ii) SCT được hỏi ý kiến dự án khác → trả lời phần khoáng sản nhóm I + khoảng cách an toàn nổ mìn thuộc chức năng, phần rà tổng thể chỉ dẫn về SNNMT.""",
    [("866/QĐ-TTg", ""), ("1626/QĐ-TTg", ""), ("525/QĐ-UBND", ""), ("1277/QĐ-TTg", "")])

add(FS + "54571916932 (notes of a Lào Cai environment assistant, 2026)",
    "a provincial Party directive and resolution dated inside bold markup ('**Chỉ thị 26-CT/TU ngày 12/5/2026**', '**NQ 35-NQ/TU ngày 29/12/2025**'); 'CTR' (solid waste) is no document type; a Prime Minister's decision undated",
    """- **QĐ 11/2025/QĐ-TTg** — Quy chế ứng phó sự cố chất thải;
- Các văn bản CTR, BĐKH, cải cách TTHC (NQ 66.19/2026)...

### Dữ liệu/bối cảnh thực tiễn Lào Cai được tích hợp

- **Chỉ thị 26-CT/TU ngày 12/5/2026** của BTV Tỉnh ủy (đã xác minh số/ngày) — BVMT khai khoáng và dự án lớn trong KCN/CCN;
- **Đề án số 13** ban hành kèm **NQ 35-NQ/TU ngày 29/12/2025** (xác minh qua Chỉ thị 26) — tài nguyên,""",
    [("11/2025/QĐ-TTg", ""), ("26-CT/TU", "2026-05-12"), ("35-NQ/TU", "2025-12-29")])

# ---------------------------------------------------------------- Hà Nội, Thanh Hóa, Quảng Ngãi/Kon Tum: Party programmes and guides
add(FS + "51799261813 (a Hà Nội health-sector app printing the opening of a 2026 plan into a PDF)",
    "a city Party committee's action programme written 'CTr' and then 'Ctr' (mixed case), the Politburo's resolution dated twice, a city decision; text inside JavaScript calls",
    """        // 3. NỘI DUNG MỞ ĐẦU
        printPara("Thực hiện Chương trình hành động số 06-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy về thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân;");
        printPara("Quyết định số 543/QĐ-UBND ngày 04/02/2026 của UBND thành phố Hà Nội về thành lập các Tổ công tác triển khai thực hiện Chương trình hành động số 06-Ctr/TU ngày 12/01/2026 của Ban Thường vụ Thành uỷ về thực hiện Nghị quyết 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khoẻ nhân dân;");""",
    [("06-CTr/TU", "2026-01-12"), ("72-NQ/TW", "2025-09-09"), ("543/QĐ-UBND", "2026-02-04"),
     ("06-CTr/TU", "2026-01-12"), ("72-NQ/TW", "2025-09-09")])

add(FS + "57929762661 (an app exporting Thanh Hóa's 2026 quarterly self-assessment form, Phụ lục 3A)",
    "a provincial Party guide in brackets with the date after a comma ('Hướng dẫn số 03-HD/TU, ngày 02/7/2026 của Ban Thường vụ Tỉnh ủy')",
    """  children.push(P('PHỤ LỤC 3A', { bold: true, align: R, size: 22 }));
  children.push(kdHeaderTwoCol(ev.unit));
  children.push(P('BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CỦA CÁ NHÂN', { bold: true, size: 28, align: C, spacingAfter: 20 }));
  children.push(P(`Quý ${ev.quarter}, năm ${ev.year}`, { bold: true, size: 26, align: C }));
  children.push(P('(Cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý)', { italics: true, size: 22, align: C }));
  children.push(P('(kèm theo Hướng dẫn số 03-HD/TU, ngày 02/7/2026 của Ban Thường vụ Tỉnh ủy)', { italics: true, size: 20, align: C, spacingAfter: 120 }));""",
    [("03-HD/TU", "2026-07-02")])

add(FS + "69685086460 (a Kon Tum college's regulation on assessing staff, 2025-2026: its legal basis)",
    "a list of Căn cứ: a provincial Party regulation, the Politburo's conclusion, the Central Organisation Commission's guides, a provincial Party guide, the guide of the Party committee of the provincial People's Committee ('02-HD/ĐU'), a provincial decision and a decision of the provincial chairman ('QĐ-CTUBND'); one line shared with an earlier set (the Central Organisation Commission's guide 02-HD/BTCTW of 22/5/2026) cut out",
    """   - Quy định số 399-QĐ/TU ngày 27/8/2025 của Ban Thường vụ Tỉnh ủy về đánh giá, xếp loại cán bộ, công chức, viên chức và người lao động;
   - Kết luận số 198-KL/TW ngày 08/10/2025 của Bộ Chính trị về chủ trương đánh giá đối với cán bộ lãnh đạo, quản lý trong hệ thống chính trị;
   - Hướng dẫn số 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương;
   - Hướng dẫn số 01-HD/TU ngày 11/11/2025 của Ban Thường vụ Tỉnh ủy Quảng Ngãi;
   - Hướng dẫn số 02-HD/ĐU ngày 14/11/2025 của Đảng ủy UBND tỉnh Quảng Ngãi;
   - Quyết định số 31/2025/QĐ-UBND ngày 15/10/2025 của UBND tỉnh Quảng Ngãi;
   - Quyết định số 37/2025/QĐ-CTUBND ngày 06/11/2025 của Chủ tịch UBND tỉnh Quảng Ngãi.""",
    [("399-QĐ/TU", "2025-08-27"), ("198-KL/TW", "2025-10-08"), ("43-HD/BTCTW", "2025-10-31"),
     ("01-HD/TU", "2025-11-11"), ("02-HD/ĐU", "2025-11-14"), ("31/2025/QĐ-UBND", "2025-10-15"), ("37/2025/QĐ-CTUBND", "2025-11-06")], ocr=True)

add(FS + "68539964893 (a question bank on Party documents, 2026)",
    "a Central Committee regulation and a Politburo resolution of 2026 in quiz questions, one resolution twice",
    """    "question": "Câu 15. Theo Quy định số 19-QĐ/TW ngày 08/4/2026 của Ban Chấp hành Trung ương về công tác chính trị, tư tưởng trong Đảng, phương châm nghiên cứu, học tập nghị quyết là:",
    "options": [
      "A. Học kỹ, nhớ lâu, làm tốt",
      "B. Hiểu sâu, hành động đúng, làm đến cùng",
      "C. Học tập thường xuyên, liên tục, đáp ứng yêu cầu",
      "D. Nắm chắc, vận dụng linh hoạt, sát thực tiễn"
    ],
    "answer": 1
  },
  {
    "question": "Câu 1. Theo Nghị quyết số 05-NQ/TW ngày 07/4/2026 về đổi mới, nâng cao hiệu lực công tác kiểm tra, giám sát và kỷ luật đảng, công tác kiểm tra, giám sát được xác định là:",
    "options": [
      "A. Một phương thức lãnh đạo quan trọng của Đảng",
      "B. Một nhiệm vụ chuyên môn của Ủy ban Kiểm tra",
      "C. Một hoạt động quản lý hành chính của Nhà nước",
      "D. Một biện pháp xử lý vi phạm của các cơ quan chức năng"
    ],
    "answer": 0
  },
  {
    "question": "Câu 2. Theo Nghị quyết số 05-NQ/TW ngày 07/4/2026""",
    [("19-QĐ/TW", "2026-04-08"), ("05-NQ/TW", "2026-04-07"), ("05-NQ/TW", "2026-04-07")])

add(FS + "57937590629 (a Typst quiz for a 2026 summer political course)",
    "a provincial Party plan undated, a Politburo resolution dated with a two-digit month '22/08/2025'; the question on resolution 57-NQ/TW between them, shared with earlier sets, cut out",
    """ KHÔNG thuộc diện tham gia bồi dưỡng, tập huấn lý luận chính trị hè năm 2026 theo Kế hoạch 101-KH/TU?],
  (
    [Giáo viên các trường phổ thông và trung tâm giáo dục thường xuyên - giáo dục nghề nghiệp.],
    [Giảng viên 05 môn lý luận chính trị tại các cơ sở giáo dục đại học.],
    [Giáo viên môn giáo dục chính trị và cán bộ làm công tác học sinh, sinh viên các cơ sở giáo dục cao đẳng, trung cấp nghề.],
    True([Toàn thể học sinh, sinh viên năm thứ hai trở đi.])
  )
)

#tn(
  [Nghị quyết số 71-NQ/TW ngày 22/08/2025 của Bộ Chính trị quán triệt trong đợt tập huấn hè đề cập đến lĩnh vực trọng tâm nào?],""",
    [("101-KH/TU", ""), ("71-NQ/TW", "2025-08-22")])

add(FS + "71449419960 (a teachers' AI handbook's table of sources, 2026)",
    "rows of a JavaScript array: a law with its effective date only ('Luật số 91/2025/QH15, hiệu lực 01/1/2026'), a Politburo resolution, a Prime Minister's decision; 'UNESCO, 2024' is no document",
    """  ['L2', 'G4', 'Luật Bảo vệ dữ liệu cá nhân', 'Luật số 91/2025/QH15, hiệu lực 01/1/2026', 'Không đưa dữ liệu cá nhân của học sinh vào công cụ AI.', '{{E4:s}} đến {{E6:s}}, {{F2:s}}'],
  ['L3', 'G4', 'Luật Sở hữu trí tuệ (sửa đổi 2022)', 'Điều 25: sử dụng tác phẩm không phải xin phép, không phải trả tiền', 'Dùng SGK, tài liệu để minh họa giảng dạy hợp lý, ghi tên tác giả và nguồn.', '{{C4:s}}, {{C5:s}}, {{E4:s}}, {{E5:s}}'],
  ['N4', 'G4', 'Nghị quyết về đột phá phát triển giáo dục và đào tạo', 'Nghị quyết 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị', 'Mục tiêu giáo dục đến 2030, 2035, 2045.', 'Toàn bộ sách'],
  ['N2', 'G4', 'Chiến lược quốc gia về trí tuệ nhân tạo đến năm 2030, tầm nhìn 2045', 'Quyết định 1671/QĐ-TTg ngày 28/8/2026', 'Định hướng chuyển đổi AI quốc gia.', 'Toàn bộ sách'],
  ['U1', 'G4', 'Khung năng lực AI cho giáo viên (UNESCO, tham khảo quốc tế)', 'UNESCO, 2024', '5 lĩnh vực, 3 cấp độ năng lực AI của giáo viên.', '{{F1:s}}'],""",
    [("91/2025/QH15", ""), ("71-NQ/TW", "2025-08-22"), ("1671/QĐ-TTg", "2026-08-28")])

add(FS + "26014938115 (a Blade template of a provincial finance department's 2018 report form)",
    "upper-case title broken over lines inside HTML ('THEO NGHỊ\\n QUYẾT SỐ 18-NQ/TW VÀ NGHỊ QUYẾT SỐ 19-NQ/TW NGÀY 25/10/2017'): one date for two resolutions joined by 'VÀ'; a letter number left blank ('Công văn số ....../STC-HCNS') is no reference",
    """    <p id="data_body" style="text-align: center; font-weight: bold; font-size: 20px;">BÁO CÁO NGUỒN THỰC HIỆN CCTL TIẾT KIỆM
        TỪ TINH GIẢN BIÊN CHẾ, SÁT NHẬP ĐƠN VỊ</br>THEO NGHỊ
        QUYẾT SỐ 18-NQ/TW VÀ NGHỊ QUYẾT SỐ 19-NQ/TW NGÀY 25/10/2017 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG </p>
    <p id="data_body1" style="text-align: center; font-style: italic">(Kèm theo Công văn số ....../STC-HCNS ngày tháng 9 năm
        2018 của Sở Tài chính)</p>""",
    [("18-NQ/TW", "2017-10-25"), ("19-NQ/TW", "2017-10-25")])

add(FS + "37061165566 (a university's history page, Tôn Đức Thắng University)",
    "dates before the reference: 'Ngày 11/6/2008, Thủ tướng Chính phủ một lần nữa ra Quyết định số 747/TTg-QĐ' (issuing verb 'ra'; the page writes the symbol inverted) and 'Đến ngày 29/01/2015, tại Quyết định số 158/QĐ-TTg, Thủ tướng Chính phủ phê duyệt'; a Central Committee resolution dated after",
    """Ngày 11/6/2008, Thủ tướng Chính phủ một lần nữa ra Quyết định số 747/TTg-QĐ đổi tên Trường đại học bán công Tôn Đức Thắng thành Trường đại học Tôn Đức Thắng và chuyển về thuộc Tổng Liên đoàn Lao động Việt Nam. Cùng trong thời gian này, mục tiêu của Trường được xác định thêm là trực tiếp phục vụ việc phát triển nguồn nhân lực trong công nhân, người lao động để góp phần xây dựng giai cấp công nhân Việt Nam trong Nghị quyết 20-NQ/TW ngày 28/01/2008 của Hội nghị Lần thứ 6 Ban chấp hành trung ương Đảng Khóa 10.
                        </p>
                        <p>
                            Đến ngày 29/01/2015, tại Quyết định số 158/QĐ-TTg, Thủ tướng Chính phủ phê duyệt Đề án thí điểm đổi mới cơ chế hoạt động của Trường đại học Tôn Đức Thắng giai đoạn 2015-2017;""",
    [("747/TTg-QĐ", "2008-06-11"), ("20-NQ/TW", "2008-01-28"), ("158/QĐ-TTg", "2015-01-29")], ocr=True)

add(FS + "31280183881 (Thủy lợi University's news list, 2020)",
    "news prose: a plan of the Party committee of the Hà Nội universities' bloc ('97-KH/ĐUK'), a meeting date in brackets '(15/5/2020)'; the clause before it (the Politburo's directive 35-CT/TW, shared with earlier sets) cut out",
    """Kế hoạch số 97-KH/ĐUK ngày 30/7/2019 của Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu lần thứ III Đảng bộ Khối các trường Đại học, Cao đẳng Hà Nội, sáng nay (15/5/2020) phiên chính thức Đại hội đại biểu Đảng bộ Trường Đại học Thủy lợi khóa XXVIII, nhiệm kỳ 2020 – 2025 đ</p>""",
    [("97-KH/ĐUK", "2019-07-30")])

add(FS + "25539665667 (Cần Thơ University Party committee's reward decision template, 2021)",
    "a university Party committee's decision: a Central Committee regulation, the Central Office's guide dated after a comma ('56-HD/VPTW, ngày 27/10/2015'), the university Party committee's guide with its issuer broken over a line ('Đảng ủy Trường Đại\\n học Cần Thơ')",
    """nt: 25px">- Căn cứ Quy định số 24-QĐ/TW ngày 30/07/2021 của Ban Chấp hành Trung
                        ương về "Thi hành Điều lệ Đảng";</p>
                    <p style="text-indent: 25px">- Căn cứ Hướng dẫn số 56-HD/VPTW, ngày 27/10/2015 của Văn phòng Trung
                        ương đảng hướng dẫn "về mức chi tiền thưởng kèm theo các hình thức khen thưởng đối với tổ chức
                        đảng và đảng viên";</p>
                    <p style="text-indent: 25px">- Căn cứ Hướng dẫn số 03-HD/ĐU ngày 03/12/2021 của Đảng ủy Trường Đại
                        học Cần Thơ về <i>"kiểm điểm, đánh giá, xếp loại chất lượng tổ chức cơ sở đảng và đảng viên năm
                            2021”</i> và kết quả xếp loại chất lượng đảng viên năm 2021</p><br>
                    <p class="m-0 font-18 font-weight-bold text-center">BAN CHẤP HÀNH QUYẾT ĐỊNH</p><br>""",
    [("24-QĐ/TW", "2021-07-30"), ("56-HD/VPTW", "2015-10-27"), ("03-HD/ĐU", "2021-12-03")])

add(FS + "25310434810 (Cần Thơ University Party committee's template of a decision on Party members' ratings)",
    "the Secretariat's 2004 regulation, the city Party committee's guide, the university Party committee's guide joined after '\"; \"; ' with a template year '{{$nam}}'",
    """t: 25px">- Căn cứ Quy định số 97-QĐ/TW ngày 22/03/2004 của Ban Bí thư về “Chức
                        năng, nhiệm vụ của đảng bộ, chi bộ cơ sở trong các đơn vị sự nghiệp;</p>
                    <p style="text-indent: 25px">- Căn cứ Hướng dẫn số 10-HD/TU ngày 25/11/2019 của Thành ủy Cần Thơ về
                        "kiểm điểm, đánh giá, xếp loại chất lượng hàng năm đối với tổ chức đảng, đảng viên và tập thể,
                        cá nhân cán bộ lãnh đạo, quản lý các cấp"; "; Hướng dẫn số 03-HD/ĐU ngày 03/12/2021 của Đảng ủy
                        Trường Đại học Cần Thơ về "kiểm điểm, đánh giá, xếp loại chất lượng tổ chức cơ sở đảng và đảng
                        viên năm {{$nam}}”;</p>""",
    [("97-QĐ/TW", "2004-03-22"), ("10-HD/TU", "2019-11-25"), ("03-HD/ĐU", "2021-12-03")])

add(FS + "68422250570 (an app of a residential group's Party cell, 2026)",
    "a Party cell's resolution ('09-NQ/CB', Chi bộ TDP Lương Hậu) inside HTML in JavaScript",
    """          '<div class="note blue">Ban hành kèm theo Nghị quyết số 09-NQ/CB ngày 15/7/2026 của Chi bộ TDP Lương Hậu về đổi mới lề lối làm việc và phân công nhiệm vụ cán bộ.</div>' +""",
    [("09-NQ/CB", "2026-07-15")])

add(FS + "69889030826 (a document parser's test quoting a commune Party report's title block, 2025)",
    "a reporting date before the reference ('(Kỳ báo cáo: ngày 13/10/2025)') is no issue date of the provincial Party inspection commission's letter ('134-CV/UBKTTU')",
    """        BÁO CÁO
        về nắm tình hình, giám sát thường xuyên việc phân cấp, phân quyền gắn với
        thực hiện thủ tục hành chính để vận hành chính quyền địa phương 02 cấp
        đảm bảo ổn định, thông suốt, đồng bộ
        (Kỳ báo cáo: ngày 13/10/2025)
        -----
        Thực hiện Công văn số 134-CV/UBKTTU""",
    [("134-CV/UBKTTU", "")])

add(FS + "10956084300 (a provincial portal's SQL dump of a 2020 article, HTML with escaped quotes)",
    "'Chỉ thị số 05-CT/TƯ ngày 15-5-2016' — TƯ for TW, a date with hyphens",
    """Năm 2020, toàn Đảng, toàn quân và toàn dân ta kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh, cùng với việc tiếp tục đẩy mạnh thực hiện Chỉ thị số 05-CT/TƯ ngày 15-5-2016 của Bộ Chính trị (khóa XII) về \\"Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\\", việc làm rõ tư tưởng lãnh đạo cách mạng Việt Nam của Người trong những năm đấu tranh giải phóng dân tộc là vấn đề mang ý nghĩa lý luận và thực tiễn sâu sắc. Nhiều nội dung vẫn vẹn nguyên giá trị đến&nbsp;hôm nay, là ánh sáng soi đường cho chúng ta tiếp tục thực hiện thắng lợi nhiệm vụ xây dựng và bảo vệ Tổ quốc trong tình hình mới.</p>', '2020-05-17 02:49:56', '2020-05-17 02""",
    [("05-CT/TW", "2016-05-15")])

add(FS + "43460897512 (the footer of the Coast Guard's news site, React JSX)",
    "eth Ð in 'QÐ', the date after a comma ('362/QÐ-CT, ngày 13/03/2013 của Tổng cục Chính trị')",
    """          <span>Quyết định cấp phép hoạt động: 362/QÐ-CT, ngày 13/03/2013 của Tổng cục Chính trị QĐNDVN</span>""",
    [("362/QĐ-CT", "2013-03-13")])

add(FS + "68810031138 (a heritage app's test of relic-ranking sentences copied from real pages, with the expected readings)",
    "old ministries' decisions in the Party-like form with a space ('1543 QĐ/VH', '51 QĐ/BT') and a hyphen ('310-QĐ/BT'), eth Ð in 'QÐ-BVHTTDL'; each sentence is followed by the test's own reading of the reference, which names the same document and date again",
    '''    ("Nhà tù Hỏa Lò được Bộ trưởng Bộ Văn hoá, Thể thao và Du lịch xếp hạng Di tích lịch sử quốc gia theo "
     "Quyết định số 1543 QĐ/VH ngày 18 tháng 6 năm 1997.", "1543 QĐ/VH ngày 18/06/1997", 1997),
    ("Linh Quang Tự được Bộ trưởng Bộ Văn hoá, Thể thao và Du lịch xếp hạng Di tích quốc gia theo "
     "Quyết định số 51 QĐ/BT ngày 12 tháng 01 năm 1996.", "51 QĐ/BT ngày 12/01/1996", 1996),
    ("Phủ Phụ Chính đã được Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch xếp hạng Di tích lịch sử quốc gia "
     "(theo Quyết định số 320/QÐ-BVHTTDL ngày 12 tháng 02 năm 2026).", "320/QĐ-BVHTTDL ngày 12/02/2026", 2026),
    ("Đình được xếp hạng di tích lịch sử quốc gia theo Quyết định số 310-QĐ/BT ngày 13/02/1996.",
     "310-QĐ/BT ngày 13/02/1996", 1996),''',
    [("1543-QĐ/VH", "1997-06-18"), ("1543-QĐ/VH", "1997-06-18"), ("51-QĐ/BT", "1996-01-12"), ("51-QĐ/BT", "1996-01-12"),
     ("320/QĐ-BVHTTDL", "2026-02-12"), ("320/QĐ-BVHTTDL", "2026-02-12"), ("310-QĐ/BT", "1996-02-13"), ("310-QĐ/BT", "1996-02-13")])

add(FS + "69292829792 (a research office's test fixture: real tesseract OCR of a scanned 2025 contract of the Vietnam National University, Hồ Chí Minh City)",
    "real OCR: 'Quyết định số: 86/QÐ- ĐHQG' with eth Ð and a space after the hyphen, the issuer's name broken over a line",
    """Căn cứ Quyết định số: 86/QÐ- ĐHQG ngày 25 tháng 01 năm 2025 của Giám đốc Đại học
Quốc gia Thành phố Hồ Chí Minh về việc giao nhiệm vụ và phê duyệt kinh phí
Bên giao (Bên A): Trường Đại học Khoa học Tự nhiên - ĐHQG-HCM (Cơ quan chủ trì)
- Đại diện: TRÀN MINH TRIẾT""",
    [("86/QĐ-ĐHQG", "2025-01-25")])

# ---------------------------------------------------------------- National Assembly laws, decrees, circulars in applications' data
add(FS + "5657368429 (a bidding-documents app's default legal basis, 2025)",
    "National Assembly laws with full dates 'ngày 23 tháng 6 năm 2023', an amending law 'Luật số 57/2024/QH15 ngày …', a decree and a circular",
    """const defaultLegals = [
  "Căn cứ Luật Đấu thầu số 22/2023/QH15 ngày 23 tháng 6 năm 2023;",
  "Căn cứ Luật số 57/2024/QH15 ngày 29 tháng 11 năm 2024 về sửa đổi bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu;",
  "Căn cứ Luật số 90/2025/QH15 ngày 25 tháng 6 năm 2025 về sửa đổi bổ sung một số điều của luật đấu thầu, luật đầu tư theo phương thức đối tác công tư, luật hải quan, luật thuế giá trị gia tăng, luật thuế xuất khẩu, thuế nhập khẩu, luật đầu tư, luật đầu tư công, luật quản lý; sử dụng tài sản công;",
  "Căn cứ Nghị định số 214/2025/NĐ-CP ngày 04 tháng 8 năm 2025 của Chính phủ về quy định chi tiết một số điều và biện pháp thi hành luật đấu thầu về lựa chọn nhà thầu;",
  "Căn cứ Thông tư số 79/2025/TT-BTC ngày 04 tháng 8 năm 2025 của Bộ Tài Chính""",
    [("22/2023/QH15", "2023-06-23"), ("57/2024/QH15", "2024-11-29"), ("90/2025/QH15", "2025-06-25"),
     ("214/2025/NĐ-CP", "2025-08-04"), ("79/2025/TT-BTC", "2025-08-04")], pdf=True)

add(FS + "61328788767 (a script generating a 2026 blasting plan of a lead-zinc mine, Lào Cai)",
    "laws amended by a later law in the same line ('số 42/2024/QH15 ngày 29/6/2024, được sửa đổi, bổ sung tại Luật số 118/2025/QH15 ngày 10/12/2025'), a decree, a ministry's circular amended by two circulars",
    """for t in [
    '- Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15 ngày 29/6/2024, được sửa đổi, bổ sung tại Luật số 118/2025/QH15 ngày 10/12/2025;',
    '- Luật Địa chất và khoáng sản số 54/2024/QH15 ngày 29/11/2024;',
    '- Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ về vật liệu nổ công nghiệp và tiền chất thuốc nổ;',
    '- Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ trưởng Bộ Công Thương quy định về quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ thuộc thẩm quyền quản lý của Bộ Công Thương, được sửa đổi, bổ sung tại Thông tư số 38/2025/TT-BCT ngày 19/6/2025 và Thông tư số 26/2026/TT-BCT ngày 20/5/2026;',""",
    [("42/2024/QH15", "2024-06-29"), ("118/2025/QH15", "2025-12-10"), ("54/2024/QH15", "2024-11-29"),
     ("181/2024/NĐ-CP", "2024-12-31"), ("23/2024/TT-BCT", "2024-11-07"), ("38/2025/TT-BCT", "2025-06-19"),
     ("26/2026/TT-BCT", "2026-05-20")], ocr=True)

add(FS + "71109475041 (a PDF reader's test fixtures: page 1 of a 2026 decree and of two 2024 laws, as an OCR model read them)",
    "a decree's header 'Số: 238/2026/NĐ-CP' with the place and date two lines below; a decree amended, its title broken by Python line continuations ('của \\\\' newline); a law with no date; two laws whose dates follow their names, one broken over a line ('ngày 27 tháng\\n6 năm 2024')",
    r'''_ND_238_PAGE_1 = """CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 238/2026/NĐ-CP

Hà Nội, ngày 26 tháng 6 năm 2026

### NGHỊ ĐỊNH

**Sửa đổi, bổ sung một số điều của Nghị định số 168/2024/NĐ-CP ngày 26 tháng 12 năm 2024 của \
Chính phủ quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông trong lĩnh vực giao \
thông đường bộ; trừ điểm, phục hồi điểm giấy phép lái xe**

*Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;*"""

_LUAT_DUONG_BO_PAGE_1 = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
LUẬT
ĐƯỜNG BỘ
Luật Đường bộ số 35/2024/QH15 ngày 27 tháng 6 năm 2024 của Quốc hội,
có hiệu lực kể từ ngày 01 tháng 01 năm 2025, được sửa đổi, bổ sung bởi:
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
### Chương I
NHỮNG QUY ĐỊNH CHUNG"""

_LUAT_TRAT_TU_PAGE_1 = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
LUẬT
TRẬT TỰ, AN TOÀN GIAO THÔNG ĐƯỜNG BỘ
Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 ngày 27 tháng
6 năm 2024 của Quốc hội, có hiệu lực kể từ ngày 01 tháng 01 năm 2025, được
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Trật tự, an toàn giao thông đường bộ1.
## Chương I"""''',
    [("238/2026/NĐ-CP", "2026-06-26"), ("168/2024/NĐ-CP", "2024-12-26"), ("63/2025/QH15", ""),
     ("35/2024/QH15", "2024-06-27"), ("36/2024/QH15", "2024-06-27")], ocr=True)

add(FS + "39160042530 (a one-stop-shop procedures dataset, JSON, 2025)",
    "a JSON string with literal '\\n' escapes between numbered items; a law dated, three amending laws undated, three decrees dated",
    r'''    "legalBasis": "(1) Luật Đất đai số 31/2024/QH15 ngày 18/01/2024 được sửa đổi bổ sung một số điều bởi Luật số 43/2024/QH15, Luật số 47/2024/QH15 và Luật số 58/2024/QH15 của Quốc hội.\n(2) Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai.\n(3) Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ quy định về việc thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia.\n(4) Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp''',
    [("31/2024/QH15", "2024-01-18"), ("43/2024/QH15", ""), ("47/2024/QH15", ""), ("58/2024/QH15", ""),
     ("101/2024/NĐ-CP", "2024-07-29"), ("118/2025/NĐ-CP", "2025-06-09"), ("151/2025/NĐ-CP", "2025-06-12")])

add(FS + "59323510154 (a market's kiosk lease contract template, React)",
    "a contract's number made of a template expression ('Số: {…}/HĐ-MHMS', no number: no reference); the Civil Code and a law dated; a line shared with an earlier set (the 2023 real-estate business law) cut out",
    """              <h2>HỢP ĐỒNG THUÊ KIOT</h2>
              <span>Số: {contract?.contractId ? String(contract.contractId).padStart(4, "0") : "....."}/HĐ-MHMS</span>
            </div>
          </div>

          <div className="print-content">
            <ul className="legal-basis">
              <li>Căn cứ Bộ luật Dân sự số 91/2015/QH13 ngày 24 tháng 11 năm 2015;</li>
              <li>Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;</li>
              <li>Căn cứ nhu cầu và sự thỏa thuận của hai bên.</li>
            </ul>""",
    [("91/2015/QH13", "2015-11-24"), ("31/2024/QH15", "2024-01-18")])

add(FS + "62493352191 (a legal-library app's seed record of the 2024 Land Law, JavaScript)",
    "a record: the symbol as id and soHieu fields, dated in the title field; separate fields 'ngayBanHanh' and 'ngayHieuLuc'",
    """    {
        id: '31/2024/QH15',
        name: 'Luật Đất đai 2024',
        soHieu: '31/2024/QH15',
        tieuDe: 'Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024 của Quốc hội',
        trichYeu: 'Quy định về chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước đại diện chủ sở hữu toàn dân về đất đai và thống nhất quản lý về đất đai, chế độ quản lý và sử dụng đất đai, quyền và nghĩa vụ của người sử dụng đất đối với đất đai thuộc lãnh thổ nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
        ngayBanHanh: '18/01/2024',
        ngayHieuLuc: '01/08/2024',
        loaiVanBan: 'Luật',""",
    [("31/2024/QH15", "2024-01-18"), ("31/2024/QH15", "2024-01-18"), ("31/2024/QH15", "2024-01-18")])

add(FS + "68940829789 (a VAT app's list of rules, TypeScript)",
    "a resolution's symbol as a code field with only an effective-from date ('effectiveFrom: 2025-07-01' is no issue date), a decree in brackets",
    """  {
    id: 'NQ-204-2025',
    code: '204/2025/QH15',
    title: 'Nghị quyết Quốc hội về giảm thuế giá trị gia tăng (kèm NĐ 174/2025/NĐ-CP)',
    issuer: 'QUỐC HỘI',
    effectiveFrom: '2025-07-01',
    effectiveTo: '2026-12-31',
    status: 'ACTIVE',""",
    [("204/2025/QH15", ""), ("174/2025/NĐ-CP", "")])

add(FS + "56427935112 (a RAG evaluation report, Markdown, 2025)",
    "a decree named four times without its date; the National Assembly resolution dated once; 'do Quốc hội thông qua ngày 30/11/2024' dates the resolution, not the decree",
    """## DC002 - Simple - no_conflict

**Câu hỏi:** Nghị định 180/2024/NĐ-CP quy định chính sách giảm thuế GTGT theo nghị quyết nào?

**Expected:** Nghị định 180/2024/NĐ-CP quy định chính sách giảm thuế GTGT theo Nghị quyết 174/2024/QH15 ngày 30/11/2024 của Quốc hội.

**Evidence:** pdf/ND_180_2024_GTGT_excerpt_8p.pdf:p1

**Baseline:** RAGAS=0.500, Behavior=0.000, Latency=3.3s

Nghị định 180/2024/NĐ-CP quy định chính sách giảm thuế GTGT theo **nghị quyết gia hạn thêm hiệu lực của chính sách giảm 2% thuế giá trị gia tăng (GTGT) từ 10% xuống 8% đến hết tháng 6/2025** do Quốc hội thông qua ngày 30/11/2024. [2]

**DRAG:** RAGAS=0.800, Behavior=1.000, Latency=8.9s, Predicted=freshness

Nghị định 180/2024/NĐ-CP quy định chính sách giảm thuế GTGT theo **Nghị quyết của Quốc hội ngày 30/11/2024**, gia hạn hiệu lực giảm 2% thuế GTGT (từ 10% xuống 8%) đến hết **tháng 6/2025** [2].""",
    [("180/2024/NĐ-CP", ""), ("180/2024/NĐ-CP", ""), ("174/2024/QH15", "2024-11-30"), ("180/2024/NĐ-CP", ""), ("180/2024/NĐ-CP", "")], pdf=True)

# ---------------------------------------------------------------- People's Councils' resolutions (provinces, cities)
add(FS + "45452247014 (Hạ Long University's decision template, Blade with &emsp; entities)",
    "a provincial People's Council's resolution with a two-digit month, two provincial decisions (one dated in words)",
    """            <p class="mb-1">
                &emsp;&emsp;&emsp;Căn cứ Nghị quyết số 35/2021/NQ-HĐND ngày 27/08/2021 của Hội đồng nhân dân tỉnh Quảng Ninh về việc quy định chính sách thu hút, đào tạo nguồn nhân lực chất lượng cao tại Trường Đại học Hạ Long, Trường Cao đẳng Việt – Hàn Quảng Ninh và Trường Cao đẳng Y tế Quảng Ninh giai đoạn 2021 – 2025;
            </p>
            <p class="mb-1">
                &emsp;&emsp;&emsp;Căn cứ Quyết định số 2551/QĐ-UBND ngày 12/8/2016 của Uỷ ban nhân dân tỉnh Quảng Ninh về việc Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trường Đại học Hạ Long; Quyết định số 416/QĐ-UBND ngày 09 tháng 02 năm 2021 của Uỷ ban nhân dân tỉnh Quảng Ninh về việc kiện toàn cơ cấu tổ chức của Trường Đại học Hạ Long;
            </p class="mb-1">""",
    [("35/2021/NQ-HĐND", "2021-08-27"), ("2551/QĐ-UBND", "2016-08-12"), ("416/QĐ-UBND", "2021-02-09")])

add(FS + "62275944089 (a Thanh Hóa People's Council dashboard component, 2026)",
    "a provincial People's Council's resolution in a comment and in a JSX attribute",
    """/**
 * Bảng điều hành Chương trình công tác toàn khóa HĐND tỉnh Thanh Hóa khóa XIX
 * (Nghị quyết 46/NQ-HĐND ngày 27/5/2026). Dashboard là trang HTML tĩnh đặt tại
 * public/toan-khoa-dashboard.html nên được phục vụ cùng tên miền với hệ thống.
 */
export function TermProgramDashboard() {
  return (
    <EmbeddedApp
      url="/toan-khoa-dashboard.html"
      title="Chương trình công tác toàn khóa HĐND tỉnh khóa XIX, nhiệm kỳ 2026 - 2031"
      icon={CalendarRange}
      toneClass="bg-indigo-50 text-indigo-700 border-indigo-200"
      note="Dữ liệu trích từ Phụ lục Nghị quyết số 46/NQ-HĐND ngày 27/5/2026 · bấm vào từng kỳ họp để xem nội dung trình."
    />""",
    [("46/NQ-HĐND", "2026-05-27"), ("46/NQ-HĐND", "2026-05-27")])

add(FS + "60971164644 (a land-price tool's notes, Hồ Chí Minh City, 2026)",
    "a city People's Council's resolution first without a date, then with the date on the next line ('ngày\\n26/12/2025'), an effective date after it",
    """- phần đất nông nghiệp dùng vùng I-IV, vị trí 1-3 và loại đất theo Điều 3,
  Điều 5 Nghị quyết 87/2025/NQ-HĐND;
- kết quả tách riêng giá trị đất ở, giá trị đất nông nghiệp và tổng giá trị;
- mọi giả định, giá sàn và trường hợp không đủ dữ liệu phải được giải thích.

Công cụ chỉ tính giá theo bảng Nhà nước, không xác nhận mục đích sử dụng trên
giấy chứng nhận và không phải giá giao dịch thị trường.

## 2. Nguồn pháp lý

Nguồn quyết định là bản chính thức Nghị quyết 87/2025/NQ-HĐND ngày
26/12/2025, có hiệu lực từ 01/01/2026:""",
    [("87/2025/NQ-HĐND", "2025-12-26"), ("87/2025/NQ-HĐND", "2025-12-26")])

add(FS + "66550521366 (a Huế tourism knowledge base's change log, 2026)",
    "a city People's Council's resolution dated with a two-digit month, the National Assembly Standing Committee's resolution on the 2025 merger undated; dates of holidays ('26/3', '19/8') are no dates of documents",
    """- **Hành động:** Đã xóa bỏ hoàn toàn 2 gạch đầu dòng về việc miễn phí ngày 30/4 và ngày 01/5. Căn cứ chuẩn xác theo toàn văn Nghị quyết số 05/2026/NQ-HĐND ngày 22/05/2026 của HĐND thành phố Huế, các ngày lễ được miễn vé cho công dân Việt Nam gồm: Tết Nguyên Đán, 26/3 (Giải phóng Huế), 29/3 (Giải phóng Đà Nẵng), 19/8 (Cách mạng Tháng Tám), 02/9 (Quốc khánh), 23/11 & 24/11 (Ngày Di sản Văn hóa Việt Nam).

### Major Finding 2: Cập nhật địa giới hành chính đỉnh đèo Hải Vân
- **Tệp chỉnh sửa:** `knowledge-base-hue/tourism/tickets/Vé tham quan Hải Vân Quan.md` (dòng 19).
- **Hành động:** Đã chuẩn hóa địa danh hành chính theo Nghị quyết 1675/NQ-UBTVQH15: Di tích tọa lạc trên đường phân định giữa **xã Chân Mây – Lăng Cô, thành phố Huế**""",
    [("05/2026/NQ-HĐND", "2026-05-22"), ("1675/NQ-UBTVQH15", "")], pdf=True)

add(FS + "8639037221 (a digital-signature company's news list, 2022)",
    "a city People's Council's resolution in a summary cut by the site ('… về việc thông qua chủ trương ban')",
    """    summary:
      'Thực hiện Nghị quyết số 09/2020/NQ-HĐND ngày 9/12/2020 của HĐND thành phố Hà Nội về việc thông qua chủ trương ban',""",
    [("09/2020/NQ-HĐND", "2020-12-09")])

add(FS + "56047205688 (a hospital price-list chunker, Python)",
    "a city People's Council's resolution in a metadata field, after 'Phụ lục số 06'; a circular named by year only",
    """    source_meta={
        "benh_vien": "Bệnh viện Tim Hà Nội",
        "co_so_phap_ly": "Phụ lục số 06 Nghị quyết số 45/2024/NQ-HĐND ngày 10/12/2024 của HĐND TP Hà Nội",
        "doi_tuong_ap_dung": "Người bệnh có và không có thẻ BHYT",
        "file_goc": "raw/gia_dv_ky_thuat_2025.pdf",
        "file_cau_truc": "structured/gia_dv_ky_thuat_2025_full.csv",
    },
)

# ---- Document 3: DVKT thuong (Thong tu 14/2019) ----""",
    [("45/2024/NQ-HĐND", "2024-12-10")])

add(FS + "49077576676 (a health-insurance chatbot's README showing retrieved chunks)",
    "symbols in square brackets before a colon, undated: two People's Councils' resolutions, a joint circular of the health and finance ministries, two circulars",
    """   1. [Nghị quyết 02/2024/NQ-HĐND]: Điều 1. Quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán...
   2. [Nghị quyết 78/2024/NQ-HĐND]: Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng 1. Phạm vi điều chỉnh Nghị quyết...
   3. [Thông tư 36/2021/TT-BYT]: Điều 1. Phạm vi điều chỉnh Thông tư này quy định về: 1. Khám bệnh, chữa bệnh và ...
   4. [Thông tư liên tịch 39/2011/TTLT-BYT-BTC]: Điều 4. Thanh toán chi phí khám bệnh, chữa bệnh trong trường hợp có vi phạm pháp...
   5. [Thông tư 31/2011/TT-BYT]: THÔNG TƯ Ban hành và hướng dẫn thực hiện Danh mục thuốc chủ yếu sử dụng tại các ...""",
    [("02/2024/NQ-HĐND", ""), ("78/2024/NQ-HĐND", ""), ("36/2021/TT-BYT", ""), ("39/2011/TTLT-BYT-BTC", ""), ("31/2011/TT-BYT", "")])

# ---------------------------------------------------------------- taxation: General Department of Taxation, city tax departments
add(FS + "40713290996 (a tax-service company's SQL dump of its articles, 2019: HTML with entities inside SQL strings)",
    "a circular undated; a circular dated before '&nbsp;của'; the General Department of Taxation's letter dated in words before '&nbsp;của'; two letters of the Hà Nội tax department ('CT-HTr') joined by 'và'; invoice form codes ('mẫu 01/GTKT', 'mẫu 02/GTTT') are no documents; SQL timestamps between",
    r"""	<li>Theo thông tư 151/2014/TT-BTC, thuế TNDN từ quý IV/2014 trở đi không cần nộp tờ khai thuế TNDN tạm tính nữa, chỉ cần tự tính tiền thuế TNDN nếu có thì nộp.</li>\n</ul>', 'images/upload/origins/news/thoi-han-ke-khai-thue-va-nop-thue-to-khai-thue-nam-2019-medium.jpg', NULL, 0, 0, 1, 6, 1, '2019-06-24 08:11:50', '2019-06-24 08:11:50'),
(7, 'Hàng bán bị trả lại thì xử lý và viết hóa đơn thế nào', 'hang-ban-bi-tra-lai-thi-xu-ly-va-viet-hoa-don-the-nao', 'Vintapro xin giới thiệu tới quý Khách Hàng bài viết Hàng bán bị trả lại thì xử lý và viết hóa đơn thế nào. Các nội dung liên quan đến bài viết gồm Cách viết hóa đơn GTGT, Thời điểm xuất hóa đơn, Thời hạn kê khai hóa đơn, Cách xử lý hóa đơn viết sai,mất, bỏ sót, Các mức phạt liên quan đến hóa đơn,...', '<h2>Theo quy định tại&nbsp;Điểm 2.8 Phụ lục 4 Thông tư số 39/2014/TT-BTC ngày 31/3/2014&nbsp;của Bộ tài chính:</h2>\n\n<p><em>&quot;2.8. Tổ chức, cá nhân mua hàng hoá, người bán đã xuất hoá đơn, người mua đã nhận hàng, nhưng sau đó người mua phát hiện hàng hoá không đúng quy cách, chất lượng phải trả lại toàn bộ hay một phần hàng hoá.</em></p>\n\n<p><em>-&nbsp;Khi xuất hàng trả lại cho người bán, người mua phải lập hóa đơn hàng bán trả lại, trên hoá đơn phải ghi rõ: &quot;Hàng hoá trả lại người bán do không đúng quy cách, chất lượng, tiền thuế GTGT (nếu có)&quot;</em></p>\n\n<p><strong>- Nếu người mua là đối tượng không có hóa đơn:</strong></p>\n\n<p>&nbsp;Thì khi trả lại hàng hoá, 2 bên phải lập biên bản ghi rõ loại hàng hoá, số lượng, giá trị hàng trả lại theo giá không có thuế GTGT, tiền thuế GTGT theo hoá đơn bán hàng (số ký hiệu, ngày, tháng của hoá đơn), lý do trả hàng và bên bán thu hồi hóa đơn đã lập.</p>\n\n<p><strong>- Nếu khách hàng là đối tượng sử dụng hoá đơn bán hàng&nbsp;(DN kê khai thuế theo phương pháp trực tiếp):</strong></p>\n\n<p>Theo&nbsp;Công văn 4122/TCT-CS ngày 19 tháng 11 năm 2012&nbsp;của Tổng cục thuế:</p>\n\n<p><em>&quot;Căn cứ hướng dẫn trên, Tổng cục Thuế nhất trí với đề xuất của Cục thuế thành phố Hà Nội tại mục II công văn số 17260/CT-HTr ngày 9/7/2012 và công văn số 19449/CT-HTr ngày 31/7/2012, cụ thể: việc kê khai thuế GTGT trong trường hợp hàng bán bị trả lại, trong đó người bán dùng hóa đơn mẫu 01/GTKT, khách hàng trả lại là đối tượng sử dụng hóa đơn mẫu 02/GTTT thì&nbsp;xử lý tương tự như trường hợp người mua là đối tượng không có hóa đơn&nbsp;quy định tại Điểm 2.8, Phụ lục 4 Thông tư số 153/2010/TT-BTC ngày 28/9/2010 của Bộ Tài chính. Cục thuế căn cứ vào tình hình cụ thể của doanh nghiệp để hướng dẫn thực hiện.&quot;</em></p>""",
    [("151/2014/TT-BTC", ""), ("39/2014/TT-BTC", "2014-03-31"), ("4122/TCT-CS", "2012-11-19"),
     ("17260/CT-HTr", "2012-07-09"), ("19449/CT-HTr", "2012-07-31"), ("153/2010/TT-BTC", "2010-09-28")])

add(FS + "40713290996 (the same dump, table 'seos')",
    "an SQL row: a circular in the title field undated and in the description field dated; an application date ('sau ngày 01/4/2019') and creation timestamps are no issue dates",
    """(4, 'Thông tư 132/2018/TT-BTC Chế độ kế toán cho DN Siêu nhỏ', 'Thông tư 132/2018/TT-BTC ngày 28/12/2018 của Bộ tài chính: Hướng dẫn Chế độ kế toán cho doanh nghiệp siêu nhỏ, áp dụng cho năm tài chính bắt đầu hoặc sau ngày 01/4/2019.', NULL, 'images/upload/origins/news/thong-tu-132-che-do-ke-toan-cho-dn-sieu-nho.png', '2019-06-24 07:59:23', '2019-06-24 07:59:23'),""",
    [("132/2018/TT-BTC", "2018-12-28"), ("132/2018/TT-BTC", "2018-12-28")])

add(FS + "65994207435 (an accounting module's report footer notes, Python)",
    "a tax department's letter 'CV 3430/TCK-KK' and the General Department of Taxation's letter after 'công văn', dates with two-digit months",
    """            sheet.merge_range(y_offset, 0 , y_offset, 8, 'Hóa đơn bán hàng thông thường(không phải là hóa đơn GTGT) không nên kê vào Bảng kê hóa đơn mua vào (Theo hướng dẫn tại CV 3430/TCK-KK ngày 21/08/2014)', total_line_table_left_red)
            y_offset += 1
            sheet.merge_range(y_offset, 0 , y_offset, 8, 'Hóa đơn đầu và là hóa đơn không chịu thuế thì cũng không kê khai vào bảng kê này theo công văn 4943/TCT-CS ngày 10/11/2014', total_line_table_left_red)""",
    [("3430/TCK-KK", "2014-08-21"), ("4943/TCT-CS", "2014-11-10")])

add(FS + "63521421613 (a tax assistant's knowledge base, Python, 2024)",
    "a letter named in a title with its year only ('Công văn 2155/TCT-CS năm 2024') and in the content with its date; a key 'CV_2155_TCT_CS_2024' and an effective date field; a circular undated",
    """    {
        'key': 'CV_2155_TCT_CS_2024',
        'title': 'Công văn 2155/TCT-CS năm 2024 — Thuế GTGT dịch vụ khu chế xuất',
        'type': 'official_letter',
        'authority_rank': 40,
        'effective_from': '2024-05-21',
        'content': '''Công văn số 2155/TCT-CS ngày 21/05/2024 của Tổng cục Thuế hướng dẫn về chính sách thuế GTGT đối với dịch vụ cung cấp cho doanh nghiệp chế xuất.

Nội dung chính:
Theo quy định tại Điều 9 Thông tư 219/2013/TT-BTC, thuế suất 0% áp dụng đối với dịch vụ xuất khẩu, dịch vụ cung cấp trực tiếp cho tổ chức, cá nhân ở khu phi thuế quan và tiêu dùng trong khu phi thuế quan.""",
    [("2155/TCT-CS", "2024-05-21"), ("2155/TCT-CS", "2024-05-21"), ("219/2013/TT-BTC", "")])

# ---------------------------------------------------------------- districts and communes
add(FS + "59120123020 (a law-exam question bank, JSON with escaped line breaks)",
    "a district People's Committee's letter named three times with its date ('Công văn số 515/UBND-TNMT ngày 18/5/2016 của UBND huyện N'); a petition date '15/12/2015' before it is no issue date; literal '\\\\n' escapes",
    r"""nh đối thoại và ban hành quyết định giải quyết khiếu nại, không được ban hành công văn trả lời đơn. Tình huống: Bà Nguyễn Thị L có đơn yêu cầu ngày 15/12/2015 gửi UBND huyện N về việc lập thủ tục thu hồi đất, bồi thường thiệt hại đối với hai thửa đất bị thu hồi để xây trường mẫu giáo. UBND huyện N không tiến hành đối thoại và không ban hành quyết định giải quyết khiếu nại mà chỉ ban hành Công văn số 515/UBND-TNMT ngày 18/5/2016 trả lời đơn của bà L. Hỏi: Công văn số 515/UBND-TNMT ngày 18/5/2016 của UBND huyện N có hợp pháp không?\\nA. Hợp pháp\\nB. Không hợp pháp và phải bị hủy\\nC. Hợp pháp nhưng cần bổ sung đối thoại\\nD. Không hợp pháp nhưng không cần hủy", "answer": "B", "reasoning": "Theo Điều 30, Điều 31 Luật Khiếu nại năm 2011 cơ quan nhận đơn khiếu nại phải tiến hành đối thoại và ban hành quyết định giải quyết khiếu nại mà UBND huyện N không tiến hành đối thoại và không ban hành quyết định giải quyết khiếu nại mà chỉ ban hành công văn trả lời đơn nên công văn số 515/UBND-TNMT ngày 18/5/2016 """,
    [("515/UBND-TNMT", "2016-05-18"), ("515/UBND-TNMT", "2016-05-18"), ("515/UBND-TNMT", "2016-05-18")])

add(FS + "17996227703 (the Youth Union's news SQL dump, Trà Vinh, 2020: HTML entities)",
    "a provincial Party standing committee's directive without a date, followed by '&nbsp;<em>&ldquo;Về việc …'",
    r"""trọng t&acirc;m như: C&aacute;c hoạt động tuổi trẻ chung tay x&acirc;y dựng n&ocirc;ng th&ocirc;n mới v&agrave; đ&ocirc; thị văn minh; thực hiện Chỉ thị 15-CT/TU của Ban Thường vụ Tỉnh ủy&nbsp;<em>&ldquo;Về việc tăng cường c&ocirc;ng t&aacute;c quản l&yacute; trật tự x&acirc;y dựng v&agrave; vệ sinh m&ocirc;i trường tại c&aacute;c đ&ocirc; thị, khu d&acirc;n cư, trong hoạt động sản xuất, kinh doanh, dịch vụ tr&ecirc;n địa b&agrave;n tỉnh Tr&agrave; Vinh&rdquo;</em>; c&aacute;c hoạt động an sinh x&atilde; hội, phục vụ người d&acirc;n v&agrave; hoạt động ph&ograve;ng, chống dịch bệnh Covid-19&hellip;</p>""",
    [("15-CT/TU", "")])

# ---------------------------------------------------------------- the army: a military unit's register of Party and State documents (SQL)
AR = FS + "20449918277 (SQL dump of an army unit's register of documents, 2024: each row the symbol, the type, the summary, the issue date as YYYY-MM-DD, then ids and two creation timestamps; "
add(AR + "rows 48-56)",
    "military Party committees' symbols (QUTW = Central Military Commission, UBKTTW, UBKT, the Political General Department's 'CT-CB'), the Party 'QĐi' type; the issue date in its own field as YYYY-MM-DD; creation timestamps after it",
    """(48, '2155-QĐ/QUTW', 'Quy định', 'Thẩm quyền thi hành kỷ luật  về Đảng và kỷ luật Quân đội  của các cấp ủy, tổ chức Đảng trong QĐNDVN', '2023-07-28', 1, 1, 5, 27, '2024-12-23 00:52:57', '2024-12-23 00:52:57'),
(49, '01-QĐi/UBKTTW', 'Quy định', 'Về tổ chức và hoạt động của đoàn kiểm tra, giám sát của UBKTTW', '2018-05-03', 1, 1, 5, 27, '2024-12-23 01:03:22', '2024-12-23 01:03:22'),
(50, '117-QĐ/TW', 'Quy định', 'Về xin lỗi và phục hồi quyền lợi của tổ chức Đảng, đảng viên bị kỷ luật oan', '2023-08-18', 1, 1, 5, 27, '2024-12-23 01:10:09', '2024-12-23 01:10:09'),
(51, '89-QĐ/TW', 'Quyết định', 'Ban hành quy trình kiểm tra, giám sát, thi hành kỷ luật đảng, giải quyết tố cáo, khiếu nại kỷ luật đảng của cấp ủy tỉnh và tương đương cơ sở', '2022-12-01', 1, 1, 5, 27, '2024-12-23 01:12:19', '2024-12-23 01:12:19'),
(52, '354-QĐ/UBKTTW', 'Quyết định', 'Ban hành  các quy trình  thực hiện kiểm tra, giám sát và thi hành kỷ luật đảng', '2021-12-22', 1, 1, 5, 27, '2024-12-23 01:14:27', '2024-12-23 01:14:27'),
(53, '1094-QĐ/UBKT', 'Quyết định', 'Ban hành Quy trình thực hiện công tác kiểm tra, giám sát và thi hành kỷ luật đảng  của UBKT các cấp  trong Đảng bộ Quân đội', '2022-08-30', 1, 1, 5, 27, '2024-12-23 01:17:09', '2024-12-23 01:17:09'),
(54, '2069-QĐ/QUTW', 'Quyết định', 'Ban hành quy trình kiểm tra, giám sát, thi hành kỷ luật đảng, giải quyết tố cáo của cấp ủy, tổ chức đảng các cấp trong Đảng bộ Quân đội', '2023-06-30', 1, 1, 5, 27, '2024-12-23 01:18:55', '2024-12-23 01:18:55'),
(55, '1992-QĐ/QUTW', 'Quy định', 'Về việc lấy phiếu tín nhiệm đối với cấp ủy viên, cán bộ chỉ huy, quản lý trong QĐNDVN', '2023-05-25', 1, 1, 6, 28, '2024-12-23 01:36:31', '2024-12-23 01:36:31'),
(56, '2254/CT-CB', 'Công văn', 'V/v thực hiện quy định  của QUTW về lấy phiếu tín nhiệm  đối với cấp ủy viên, cán bộ chỉ huy, quản lý trong QĐNDVN', '2023-07-06', 1, 1, 6, 28, '2024-12-23 01:41:27', '2024-12-23 01:41:27'),""",
    [("2155-QĐ/QUTW", "2023-07-28"), ("01-QĐi/UBKTTW", "2018-05-03"), ("117-QĐ/TW", "2023-08-18"), ("89-QĐ/TW", "2022-12-01"),
     ("354-QĐ/UBKTTW", "2021-12-22"), ("1094-QĐ/UBKT", "2022-08-30"), ("2069-QĐ/QUTW", "2023-06-30"),
     ("1992-QĐ/QUTW", "2023-05-25"), ("2254/CT-CB", "2023-07-06")])

add(AR + "rows 63-73)",
    "the Central Military Party Committee's directive ('590-CT/ĐUQSTW'), the Politburo's conclusion, the ministry's circular, a naval regional command's guides in the Party form ('767-HD/BTL') and the State form ('764/HD-BTL'), a brigade's guide and rules ('343/HD-LĐ', '2741/QC-LĐ'); escaped quotes in a summary",
    r"""(63, '590-CT/ĐUQSTW', 'Chỉ thị', 'V/v tiếp tục đẩy mạnh xây dựng và thực hiện quy chế dân chủ cơ sở trong quân đội', '2010-10-04', 1, 1, 9, 43, '2024-12-23 02:05:05', '2024-12-23 02:05:05'),
(64, '120-KL/TW', 'Kết luận', 'V/v tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở', '2016-01-07', 1, 1, 9, 43, '2024-12-23 02:06:28', '2024-12-23 02:06:28'),
(65, '165/2018/TT-BQP', 'Thông tư', 'Quy định về tổ chức và hoạt động của hội đồng quân nhân trong QĐNDVN', '2018-12-01', 1, 1, 9, 39, '2024-12-23 02:07:57', '2024-12-23 02:07:57'),
(66, '767-HD/BTL', 'Hướng dẫn', 'Công tác tuyên truyền, hướng nghiệp, tư vấn tuyển sinh quân sự cho thanh, thiếu niên giai đoạn 2024-2030', '2024-03-19', 1, 1, 10, 46, '2024-12-23 02:10:20', '2024-12-23 02:10:20'),
(67, '764/HD-BTL', 'Hướng dẫn', 'Văn kiện sổ sách công tác Đoàn và phong trào thanh niên', '2024-03-19', 1, 1, 10, 46, '2024-12-23 02:16:41', '2024-12-23 02:16:41'),
(68, '997/HD-BTL', 'Hướng dẫn', 'Triển khai mô hình hoạt động \"Bát nước thao trường, khâu áo chiến sĩ, bửa cơm tự quản\" năm 2024 và những năm tiếp theo', '2024-04-08', 1, 1, 10, 46, '2024-12-23 02:20:54', '2024-12-23 02:20:54'),
(69, '343/HD-LĐ', 'Hướng dẫn', 'Văn kiện sổ sách công tác đoàn và phong trào thanh niên', '2024-03-07', 1, 1, 10, 47, '2024-12-23 02:22:04', '2024-12-23 02:22:04'),
(70, '2741/QC-LĐ', 'Quy chế', 'Hoạt động của Ban vì sự tiến bộ của phụ nữ Lữ đoàn 172', '2022-11-15', 1, 1, 10, 47, '2024-12-23 02:23:07', '2024-12-23 02:23:07'),
(71, '2227/QC-BTL', 'Quy chế', 'Công tác phụ nữ trong Vùng 3 Hải quân', '2024-07-25', 1, 1, 10, 46, '2024-12-23 02:24:09', '2024-12-23 02:24:09'),
(72, '166/2023/TT-BQP', 'Thông tư', 'Ban hành quy chế về giải thưởng tuổi trẻ sáng tạo trong QĐNDVN', '2023-12-29', 1, 1, 10, 44, '2024-12-23 02:25:17', '2024-12-23 02:25:17'),
(73, '758/HD-BTL', 'Hướng dẫn', 'Đăng ký sổ tổng hợp CTĐ-CTCT; việc ký, phê duyệt một số văn bản CTĐ-CTCT', '2024-03-19', 1, 1, 11, 51, '2024-12-23 02:27:23', '2024-12-23 02:27:23'),""",
    [("590-CT/ĐUQSTW", "2010-10-04"), ("120-KL/TW", "2016-01-07"), ("165/2018/TT-BQP", "2018-12-01"),
     ("767-HD/BTL", "2024-03-19"), ("764/HD-BTL", "2024-03-19"), ("997/HD-BTL", "2024-04-08"), ("343/HD-LĐ", "2024-03-07"),
     ("2741/QC-LĐ", "2022-11-15"), ("2227/QC-BTL", "2024-07-25"), ("166/2023/TT-BQP", "2023-12-29"), ("758/HD-BTL", "2024-03-19")])

add(AR + "rows 113-127)",
    "decrees, circulars, a law and the Prime Minister's decisions with the issue date field; inside the summaries, abbreviated references with dates ('NĐ số 120/2013/NĐ-CP ngày 09/10/2023 của CP', 'TT số 18/2018/TT-BQP ngày 09/02/2018', 'quyết định số 25/2016/QĐ-TTg ngày 27/06/2016'), double spaces before 'ngày'",
    """(113, '02/2019/NĐ-CP', 'Nghị định', 'Về phòng thủ dân sự', '2019-01-02', 1, 2, 15, 73, '2024-12-30 06:51:14', '2024-12-30 06:51:14'),
(114, '03/2016/NĐ-CP', 'Nghị định', 'Quy định chi tiết và biện pháp thi hành một số điều của Luật dân quân tự vệ', '2016-01-05', 1, 2, 15, 73, '2024-12-30 06:52:39', '2024-12-30 06:52:39'),
(115, '07/2023/TT-BQP', 'Thông tư', 'HD một số điều của NĐ số 120/2013/NĐ-CP ngày 09/10/2023 của CP quy định  xử phạt vi phạm hành chính trong lĩnh vực QP, cơ yếu và NĐ số 37/2022/NĐ-CP  ngày 06/06/2022 của CP sửa  đổi, bổ sung một số điều của các NĐ quy định  xử phạt vi phạm hành chính trong lĩnh vực QP, cơ yếu; quản lý bảo vệ biên giới quốc gia; trên các vùng biển , đảo và thềm lục địa của nước CHXHCNVN', '2023-01-27', 1, 2, 15, 73, '2024-12-30 07:03:24', '2024-12-30 07:03:24'),
(116, '10/2023/TT-BQP', 'Thông tư', 'SĐ,BS  một số điều của TT số 18/2018/TT-BQP ngày 09/02/2018 của Bộ trưởng BQP quy định về chức danh cán bộ ngành Thi hành an QĐ', '2023-01-30', 1, 2, 15, 73, '2024-12-30 07:05:43', '2024-12-30 07:05:43'),
(117, '13/2024/TT-BQP', 'Thông tư', 'SĐ,BS một số điều  của các VB  quy phạm pháp luật thuộc thẩm quyền  abn hành của Bộ trưởng BQP liên quan đến việc kê khai thông tin cá nhân  khi thực hiện thủ tục hành chính', '2024-03-18', 1, 2, 15, 73, '2024-12-30 07:07:36', '2024-12-30 07:07:36'),
(118, '14/2016/NĐ-CP', 'Nghị định', 'Quy định ngành , nghề chuyên môn phù hợp với yêu cầu của QĐND đối với công dân nữ trong độ tuổi thực hiện NVQS ; công dân thuộc diện miễn gọi nhập ngũ trong thời chiến và việc huấn luyện  dự bị hạng hai', '2016-03-15', 1, 2, 15, 73, '2024-12-30 07:10:48', '2024-12-30 07:10:48'),
(119, '18/2019/NĐ-CP', 'Nghị định', 'Về quản lý và thực hiện hoạt động khắc phục hậu quả bom mìn  vật nổ sau chiến tranh', '2019-02-01', 1, 2, 15, 73, '2024-12-30 07:12:44', '2024-12-30 07:12:44'),
(120, '18/2023/QH15', 'Khác', 'Luật phòng thủ dân sự', '2023-06-20', 1, 2, 15, 73, '2024-12-30 07:14:06', '2024-12-30 07:14:06'),
(121, '18/2020/QĐ-TTg', 'Quyết định', 'Thiết lập khu vực cấm bay, khu vực hạn chế bay đối với tàu bay không người lái  và các phương tiện bay siêu nhẹ', '2020-06-10', 1, 2, 15, 73, '2024-12-30 07:16:14', '2024-12-30 07:16:14'),
(122, '19/2022/NĐ-CP', 'Nghị định', 'Quy định biện pháp thi hành chế độ, chính sách đối với QNCN, công nhân và viên chức QP chuyển ngành, công nhân và viên chức QP thôi việc theo quy định của Luật QNCN , công nhân và viên chức QP', '2022-02-22', 1, 2, 15, 73, '2024-12-30 07:18:40', '2024-12-30 07:18:40'),
(123, '23/2017/NĐ-CP', 'Nghị định', 'SĐ,BS một số điều NĐ số 162/2013/NĐ-CP ngày 12/11/2013 của CP quy định về xử phạt vi phạm hành chính trên các vùng biển, đảo, thềm lục địa của nước CHXHCNVN', '2017-03-13', 1, 2, 15, 73, '2024-12-30 07:58:57', '2024-12-30 07:58:57'),
(124, '25/2016/QĐ-TTg', 'Quyết định', 'V/v ban hành quy chế hoạt động của Cảng Cam Ranh - BQP', '2016-06-27', 1, 2, 15, 73, '2024-12-30 08:00:00', '2024-12-30 08:00:00'),
(125, '27/2016/NĐ-CP', 'Nghị định', 'Quy định một số chế độ, chính sách đối với HSQ-BS phục vụ tại ngũ, xuất ngũ và thân nhân của HSQ-BS tại ngũ', '2016-04-06', 1, 2, 15, 73, '2024-12-30 08:02:20', '2024-12-30 08:02:20'),
(126, '28/2019/NĐ-CP', 'Nghị định', 'Quy định về tố cáo và giải quyết tố cáo trong QĐNDVN', '2019-03-20', 1, 2, 15, 73, '2024-12-30 08:03:18', '2024-12-30 08:03:18'),
(127, '29/2019/QĐ-TTg', 'Quyết định', 'SĐ,BS một số điều của quy chế quản lý hoạt động của cảng quốc tế Cam Ranh - BQP ban hành kèm theo quyết định số 25/2016/QĐ-TTg ngày 27/06/2016 của Thủ tướng Chính phủ', '2019-10-03', 1, 2, 15, 73, '2024-12-30 08:05:47', '2024-12-30 08:05:47'),""",
    [("02/2019/NĐ-CP", "2019-01-02"), ("03/2016/NĐ-CP", "2016-01-05"), ("07/2023/TT-BQP", "2023-01-27"),
     ("120/2013/NĐ-CP", "2023-10-09"), ("37/2022/NĐ-CP", "2022-06-06"), ("10/2023/TT-BQP", "2023-01-30"),
     ("18/2018/TT-BQP", "2018-02-09"), ("13/2024/TT-BQP", "2024-03-18"), ("14/2016/NĐ-CP", "2016-03-15"),
     ("18/2019/NĐ-CP", "2019-02-01"), ("18/2023/QH15", "2023-06-20"), ("18/2020/QĐ-TTg", "2020-06-10"),
     ("19/2022/NĐ-CP", "2022-02-22"), ("23/2017/NĐ-CP", "2017-03-13"), ("162/2013/NĐ-CP", "2013-11-12"),
     ("25/2016/QĐ-TTg", "2016-06-27"), ("27/2016/NĐ-CP", "2016-04-06"), ("28/2019/NĐ-CP", "2019-03-20"),
     ("29/2019/QĐ-TTg", "2019-10-03"), ("25/2016/QĐ-TTg", "2016-06-27")])

# ---------------------------------------------------------------- precision probes
add(FS + "65859295739 (an Indonesian vocational school's internship app, seed data)",
    "no Vietnamese reference: an Indonesian letter number '421.5/SMK-TB/HUBIN/VIII/2026' (slashes, a hyphen, upper-case codes) and ISO dates",
    """      tanggal_daftar: '2026-08-10',
      status: 'Diterima Perusahaan',
      catatan_hubin: 'Kualifikasi nilai kejuruan 92 sangat memadai. Surat pengantar No. 421.5/SMK-TB/HUBIN/VIII/2026 telah diterbitkan.',
      nomor_surat_pengantar: '421.5/SMK-TB/HUBIN/VIII/2026',
      catatan_perusahaan: 'Lolos wawancara teknis online. Selamat bergabung di tim Frontend Testing Tokopedia!',""",
    [])
