# Passages of unseen20r (copied from public GitHub files found with find_string; see SOURCES.md), with labels.
# ocr=True: rendered to a PNG by ../render_ocr.py and put into refs.jsonl as tesseract's output.
# pdf=True: laid out by ../render_ocr.py as an HTML page (lines with ' | ' as table rows), printed to PDF by
# LibreOffice and read back with `pdftotext -layout`; the PDF text goes into refs.jsonl.
# Labels are the true references: the symbol as the issuer writes it (a dot between type and issuer is the
# hyphen, a State-form slash written for a Party-form hyphen is repaired, an OCR 'D' for 'Đ' in a known
# issuer code is read 'Đ'), the issue date where the passage gives it, '' where it does not.
P = []
def add(url, kinds, text, expect, ocr=False, pdf=False):
    P.append(dict(source=url, kinds=kinds, text=text, expect=[dict(symbol=s, date=d or None) for s, d in expect], ocr=ocr, pdf=pdf))

LA = "github:find_string-id:54543647592 (SQL dump 'raw_pages' of a scanned case file of the Long An labour department, 2005-2010, read by an OCR model into Markdown; page "

# ---------------------------------------------------------------- Long An case file (real scans, OCR already in the source)
add(LA + "1)",
    "provincial department decision of 2006 (scan OCR as Markdown): date line above the number, 'Số: 57 /QĐ-LĐTBXH' with a space before the slash; a 1995 decree '28/CP'; a provincial decision of the old form '5438/UB.QĐ'; a garbled 'Quyết định số 634-24/06/2005' that names no symbol",
    """UBND TỈNH LONG AN  
SỞ LAO ĐỘNG THƯƠNG BINH  
VÀ XÃ HỘI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc

Tân An, ngày 20 tháng 02 năm 2006

Số: 57 /QĐ-LĐTBXH

### QUYẾT ĐỊNH

V/v trợ cấp Anh hùng Lực lượng vũ trang nhân dân

### GIÁM ĐỐC SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI

Căn cứ Nghị định số 28/CP ngày 29 tháng 4 năm 1995 của Chính phủ hướng dẫn thi hành Pháp lệnh ưu đãi người hoạt động cách mạng, liệt sĩ và gia đình liệt sĩ, thương binh, bệnh binh, người hoạt động kháng chiến, người có công giúp đỡ cách mạng;

Căn cứ Quyết định số 5438/UB.QĐ ngày 28 tháng 11 năm 1995 của UBND tỉnh Long An, ủy quyền cho Sở Lao động-Thương binh và Xã hội tỉnh Long An, ký các quyết định thuộc lĩnh vực chính sách người có công;

Xét đề nghị của Ông Trưởng Phòng Chính sách TBLS,

### QUYẾT ĐỊNH:

**Điều 1.** Nay trợ cấp cho ông, bà: Nguyễn Văn Chiếu - Sinh năm: 1930  
Nguyễn quán: Mỹ Thành, Cai Lậy, Tiền Giang.

Chỗ ở hiện nay: Phường 6, thị xã Tân An, tỉnh Long An

Là Anh hùng Lực lượng vũ trang đã được Nhà nước Phong tặng danh hiệu  
Anh hùng Lực lượng vũ trang nhân dân, theo Quyết định số 634-24/06/2005.

Được hưởng trợ cấp kể từ ngày 01 tháng 06 năm 2005""",
    [("57/QĐ-LĐTBXH", "2006-02-20"), ("28/CP", "1995-04-29"), ("5438/UB.QĐ", "1995-11-28")])

add(LA + "2)",
    "State President's decision of 2005 (scan OCR): 'Số: 634 / 2005/QĐ/CTN' with spaces and the old slash before the issuer, the date two lines below; the 1992 Constitution amended by a 2001 resolution of the National Assembly; a Prime Minister's submission '737/TTg-TCCB'; fax lines",
    """**CHỦ TỊCH NƯỚC**

Số: 634 / 2005/QĐ/CTN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 27 tháng 6 năm 2005

**QUYẾT ĐỊNH CỦA CHỦ TỊCH NƯỚC**

**Về việc Phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân**

**CHỦ TỊCH**

**NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

Căn cứ Điều 103 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội khóa X, kỳ họp thứ 10;

Theo đề nghị của Thủ tướng Chính phủ tại Tờ trình số 737/TTg-TCCB ngày 06 tháng 6 năm 2005;

**QUYẾT ĐỊNH**

**Điều 1.** Phong tặng danh hiệu **Anh hùng Lực lượng vũ trang nhân dân** cho 12 huyện (thị xã); 143 xã (phường, thị trấn); 26 đơn vị và 04 cá nhân (có danh sách kèm theo).

Sep. 13 2005 03:48AM P2

FAX NO. : 08043170""",
    [("634/2005/QĐ-CTN", "2005-06-27"), ("51/2001/QH10", "2001-12-25"), ("737/TTg-TCCB", "2005-06-06")])

add(LA + "4)",
    "provincial department decision of 2010 (scan OCR), header laid out in two columns as on the page: 'QĐ-SLDTBXH' with D for Đ, a file number line; 'Căn cứ' list; the State President's decision cited twice",
    """UBND TỈNH LONG AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI | Độc lập - Tự do - Hạnh phúc
Số: 58 /QĐ-SLDTBXH | Tân An, ngày 25 tháng 5 năm 2010
Số hồ sơ: 58

QUYẾT ĐỊNH
Về việc trợ cấp ưu đãi Anh hùng lực lượng vũ trang nhân dân
GIÁM ĐỐC SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI

Căn cứ Nghị định số 54/2006/NĐ-CP ngày 26 tháng 5 năm 2006 của Chính phủ hướng dẫn thi hành một số điều Pháp lệnh ưu đãi người có công với cách mạng;
Căn cứ Quyết định số 212/QĐ-CTN ngày 23 tháng 02 năm 2010 của Chủ tịch nước;
Căn cứ Nghị định số 38/2009/NĐ-CP ngày 23 tháng 4 năm 2009 của Chính phủ quy định về mức trợ cấp, phụ cấp ưu đãi đối với người có công với cách mạng;
Xét đề nghị của Trưởng Phòng Người có công;

QUYẾT ĐỊNH:
Điều 1. Trợ cấp một lần đối với Ông: Nguyễn Văn Báo Sinh năm: 1932.
Là cha của Liệt sỹ Nguyễn Thị Bé (Nguyễn Hoàng Anh).
đã được truy tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân, theo Quyết định số 212 /QĐ-CTN ngày 23 tháng 02 năm 2010 của Chủ tịch nước.
Mức trợ cấp 1 lần là: 13.700.000 đ""",
    [("58/QĐ-SLĐTBXH", "2010-05-25"), ("54/2006/NĐ-CP", "2006-05-26"), ("212/QĐ-CTN", "2010-02-23"),
     ("38/2009/NĐ-CP", "2009-04-23"), ("212/QĐ-CTN", "2010-02-23")], pdf=True)

add(LA + "5)",
    "district office's letter of 2010 (scan OCR, Markdown bold): 'Số: 423/LĐ-TB&XH' with an ampersand in the issuer; a department letter cited as '630/CV SLĐTB&XH' (the hyphen lost); the State President's decision",
    """**UBND HUYỆN TÂN TRỤ  
PHÒNG LAO ĐỘNG- TB&XH**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập – Tự do – hạnh phúc**

Số: 423/LĐ-TB&XH

Tân Trụ, ngày 17 tháng 5 năm 2010

V/v giải quyết chế độ tư đãi  
đối với Anh hùng LLVT nhân dân

**Kính gửi:** Sở Lao động TBXH tỉnh Long An

Căn cứ công văn số 630/CV SLĐTB&XH ngày 27/4/2010 của Sở Lao động Thương binh và Xã hội về việc giải quyết chế độ cho thân nhân Anh hùng Lực lượng vũ trang.

Phòng LĐTB&XH kính đề nghị Sở Lao động- TB&XH tỉnh Long An giải quyết chế độ trợ cấp cho thân nhân liệt sĩ Nguyễn Thị Bé (Nguyễn Hoàng Anh), nguyên Tiểu đội phó, Đội 198 Thanh niên xung phong, Tổng Đội Thanh niên xung phong Giải phóng miền Nam, quê quán xã Đức Tân, huyện Tân Trụ. Được truy tặng danh hiệu AHLLVTND theo Quyết định số 212/QĐ-CTN ngày 23 tháng 02 năm 2010 của Chủ tịch nước. (Kèm theo hồ sơ)""",
    [("423/LĐ-TB&XH", "2010-05-17"), ("630/CV-SLĐTB&XH", "2010-04-27"), ("212/QĐ-CTN", "2010-02-23")])

add(LA + "6)",
    "commune People's Committee's request of 2010 (scan OCR): lower-case 'quyết định số' in a Căn cứ line, the date in d/m/y",
    """**Kính gửi:** Ủy ban nhân dân huyện Tân Trụ  
Phòng lao động TB&XH huyện Tân Trụ.

Căn cứ quyết định số 212/QĐ-CTN ngày 23/02/2010 của Chủ tịch nước về việc truy tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân.

Lợi sỹ Nguyễn Thị Bé (Nguyễn Hoàng Anh) nguyên tiểu đội phó, Đội 198 Thanh niên xung phong, Tổng đội Thanh niên xung phong giải phóng miền Nam huyện Đức Huệ, đã có thành tích đặc biệt xuất sắc trong cuộc kháng chiến chống Mỹ cứu nước, được Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân ngày 23/02/2010""",
    [("212/QĐ-CTN", "2010-02-23")])

add(LA + "10)",
    "provincial department decision of 2010 (scan OCR): 'QĐ-SLETBXH' with E for Đ, a decree written with a double slash '38//2009/NĐ-CP', stray circled digit and page number",
    """59

①

**UBND TỈNH LONG AN  
SỞ LAO ĐỘNG - THƯƠNG BINH  
VÀ XÃ HỘI**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc**

Số: 59 /QĐ-SLETBXH

Tân An, ngày 19 tháng 10 năm 2010

Số hồ sơ: LA/AH: 59

**QUYẾT ĐỊNH**

**Về việc trợ cấp ưu đãi Anh hùng lực lượng vũ trang nhân dân**

**GIÁM ĐỐC SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI**

Căn cứ Nghị định số 54/2006/NĐ-CP ngày 26 tháng 5 năm 2006 của Chính phủ hướng dẫn thi hành một số điều Pháp lệnh ưu đãi người có công với cách mạng;

Căn cứ Quyết định số 212/QĐ-CTN ngày 23 tháng 02 năm 2010 của Chủ tịch nước;

Căn cứ Nghị định số 38//2009/NĐ-CP ngày 23 tháng 4 năm 2009 của Chính phủ quy định về mức trợ cấp, phụ cấp ưu đãi đối với người có công với cách mạng;

Xét đề nghị của Trường Phòng Người có công;""",
    [("59/QĐ-SLĐTBXH", "2010-10-19"), ("54/2006/NĐ-CP", "2006-05-26"), ("212/QĐ-CTN", "2010-02-23"), ("38/2009/NĐ-CP", "2009-04-23")])

add(LA + "11)",
    "provincial department letter of 2010 (scan OCR): a handwritten note above the header, the header's two columns run together on one line each, 'Số : 650/TCV-SLĐTBXH' (OCR 'TCV' for 'CV'), a decree and a ministry circular joined by 'và'",
    """Quyết định  
28/4/2010

Thị xã Tân An

UBND TỈNH LONG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI Độc lập - Tự do - Hạnh phúc

Số : 650/TCV-SLĐTBXH

Tân An, ngày 27 tháng 04 năm 2010

Về việc giải quyết chế độ cho thân nhân  
Anh hùng Lực lượng vũ trang

Kính gửi : Phòng Lao động Thương binh và Xã hội  
huyện, thành phố

Thi hành Quyết định số 212/QĐ-CTN ngày 23/2/2010 của Chủ tịch nước về việc truy tặng danh hiệu anh hùng lực lượng vũ trang.

Căn cứ theo qui định Nghị định số 54/2006/NĐ-CP ngày 26/5/2006 của Chính phủ về việc hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người có công với cách mạng và Thông tư số 07/2006/TT-BLĐTBXH ngày 26/7/2006 của Bộ Lao động – Thương binh và Xã hội hướng dẫn về hồ sơ, lập hồ sơ thực hiện chế độ ưu đãi người có công với cách mạng.""",
    [("650/CV-SLĐTBXH", "2010-04-27"), ("212/QĐ-CTN", "2010-02-23"), ("54/2006/NĐ-CP", "2006-05-26"), ("07/2006/TT-BLĐTBXH", "2006-07-26")])

add(LA + "17)",
    "district office's submission of 2010 (scan OCR): 'Số: 312 /TT-Tr-LDTB&XH' (OCR split 'TTr' and D for Đ; page 18 of the same file reads '312 /TTr-LĐTB&XH'), an incoming stamp between the number and the title, the decree cited with the date as the office wrote it (26/6/2006)",
    """UBND HUYỆN TÂN THẠNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG LAO ĐỘNG TB&XH | Độc lập - Tự do - Hạnh phúc
Số: 312 /TT-Tr-LDTB&XH | Tân Thạnh, ngày 18 tháng 10 năm 2010

SỞ LAO ĐỘNG VÀ THƯƠNG MẠI
ĐẾN NGÀY 20/10/2010
của P. NCC

TỜ TRÌNH
V/v trợ cấp một lần cho thân nhân Anh hùng LLVT

Căn cứ Nghị định số 54/2006/NĐ-CP ngày 26/6/2006 của Chính phủ về việc hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người có công với cách mạng; cụ thể tại điều 10, mục 2 của Nghị định này quy định: Người được truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động trong kháng chiến thì thân nhân hoặc người thừa kế theo quy định của pháp luật được hưởng trợ cấp một lần.
Là con duy nhất của liệt sĩ Trần Công Vịnh, số hồ sơ LA/LS/27135, quê quán Mỹ An Phú, Thủ Thừa, Long An
Đã được Chủ tịch nước phong tặng danh hiệu Anh hùng LLVT, Quyết định số 212/QĐ-CTN ngày 23/2/2010.""",
    [("312/TTr-LĐTB&XH", "2010-10-18"), ("54/2006/NĐ-CP", "2006-06-26"), ("212/QĐ-CTN", "2010-02-23")], pdf=True)

add(LA + "21)",
    "a hero's certificate (scan OCR): 'Quyết định số: 212 QĐ/CTN ngày …' — the slash before the type lost and the old slash before the issuer",
    """**TẶNG DANH HIỆU**  
**ANH HÙNG LỰC LƯỢNG VŨ TRANG NHÂN DÂN**

Truy tặng Liệt sỹ **TRẦN CÔNG VINH**

*Nguyễn Phú Bí thư Huyện đoàn Mộc Hóa, tỉnh Tân An (nay là tỉnh Long An)  
Đã có thành tích đặc biệt xuất sắc trong cuộc kháng chiến chống Mỹ, Cứu nước*

Quyết định số: 212 QĐ/CTN ngày 23 tháng 02 năm 2010  
Vào sổ vàng số: 83""",
    [("212/QĐ-CTN", "2010-02-23")])

add(LA + "24)",
    "provincial department decision of 2010 (scan OCR), header in two columns: a one-digit number 'Số: 3 /QĐ-SLĐTBXH', a 2010 decree with a double slash",
    """UBND TỈNH LONG AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI | Độc lập - Tự do - Hạnh phúc
Số: 3 /QĐ-SLĐTBXH | Tân An, ngày 25 tháng 11 năm 2010
Số hồ sơ: 60

QUYẾT ĐỊNH
Về việc trợ cấp ưu đãi Anh hùng lực lượng vũ trang nhân dân

Căn cứ Nghị định số 54/2006/NĐ-CP ngày 26 tháng 5 năm 2006 của Chính phủ hướng dẫn thi hành một số điều Pháp lệnh ưu đãi người có công với cách mạng;
Căn cứ Quyết định số 212/QĐ-CTN ngày 23 tháng 02 năm 2010 của Chủ tịch nước;
Căn cứ Nghị định số 35//2010/NĐ-CP ngày 6 tháng 4 năm 2010 của Chính phủ quy định về mức trợ cấp, phụ cấp ưu đãi đối với người có công với cách mạng;
Xét đề nghị của Trưởng Phòng Người có công;
Là vợ của Anh hùng lực lượng vũ trang: Hồ Ngọc Đôn.
đã được truy tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân, theo Quyết định số 212 /QĐ-CTN ngày 23 tháng 02 năm 2010 của Chủ tịch nước.""",
    [("3/QĐ-SLĐTBXH", "2010-11-25"), ("54/2006/NĐ-CP", "2006-05-26"), ("212/QĐ-CTN", "2010-02-23"),
     ("35/2010/NĐ-CP", "2010-04-06"), ("212/QĐ-CTN", "2010-02-23")], pdf=True)

add(LA + "25)",
    "city office's report of 2010 (scan OCR): bold 'Số 33 /CV-LĐTBXH' without colon, italic place-date line, 'công văn 630/CV-SLĐTBXH' without 'số', the decision written '212/QĐ/CTN'",
    """**UBND TP TÂN AN  
PHÒNG LD-TB VÀ XH**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập – Tự do – Hạnh phúc**

**Số 33 /CV-LĐTBXH**

*Tân An, ngày 22 tháng 6 năm 2010*

Về việc báo cáo đối tượng được  
truy tặng danh hiệu AHLLVT

Kính gửi: Sở LD-TB và XH Long An,

Thực hiện công văn 630/CV-SLĐTBXH ngày 27/4/2010 của Sở LD-TB và XH Long An về việc giải quyết chế độ cho thân nhân Anh hùng Lực lượng vũ trang.

Ông Hồ Ngọc Dần, sinh năm 1930, từ tuần ngày 9/10/1999,

Quyết định truy tặng AHLLVT số 212/QĐ/CTN ngày 23/2/2010 của Chủ tịch nước;""",
    [("33/CV-LĐTBXH", "2010-06-22"), ("630/CV-SLĐTBXH", "2010-04-27"), ("212/QĐ-CTN", "2010-02-23")])

add(LA + "28)",
    "certified copy of the State President's decision of 2010 (scan OCR): 'BẢN SAO' and a page number above the header, the Prime Minister's submission '295/TTrg-TCCV'",
    """**BẢN SAO**

5

**CHỦ TỊCH NƯỚC**

Số: 212 /QĐ-CTN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 23 tháng 2 năm 2010

**QUYẾT ĐỊNH**

Xét việc truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân

Căn cứ Điều 103 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;

Căn cứ Luật thi đua, khen thưởng;

Xét đề nghị của Thủ tướng Chính phủ tại Tờ trình số 295/TTrg-TCCV ngày 11 tháng 02 năm 2010,""",
    [("212/QĐ-CTN", "2010-02-23"), ("295/TTrg-TCCV", "2010-02-11")])

add(LA + "32)",
    "city office's report of 2010 (scan OCR): 'Số 468 /CV-LD-TBXH' with the title block between the number and the date line, 'LD' for 'LĐ' in both symbols",
    """61

UBND TP TÂN AN  
PHÒNG LD-TB VÀ XH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập – Tự do – Hạnh phúc

Số 468 /CV-LD-TBXH  
Về việc báo cáo đối tượng được  
truy tặng danh hiệu AHLLVT

Tân An, ngày 18 tháng 8 năm 2010

Kính gửi: Sở LD-TB và XH Long An

Thực hiện công văn 630/CV-SLD-TBXH ngày 27/4/2010 của Sở LD-TB và XH Long An về việc giải quyết chế độ cho thân nhân Anh hùng Lực lượng vũ trang.

Liệt sỹ Lê Văn Khuê, sinh năm 1912; hy sinh ngày 2/9/1949;

Quyết định truy tặng AHLLVT số 212/QĐ/CTN ngày 23/2/2010 của Chủ tịch nước;""",
    [("468/CV-LĐ-TBXH", "2010-08-18"), ("630/CV-SLĐ-TBXH", "2010-04-27"), ("212/QĐ-CTN", "2010-02-23")])

# ---------------------------------------------------------------- awards of a student (district People's Committees, student association)
AW = "github:find_string-id:49031706859 (a student's portfolio page, JSX list of awards with the decisions that gave them)"
add(AW,
    "awards list: a Party-form symbol of the Students' Association 'số 23-QĐKT/TWHSV ngày …'; a provincial chairman's decision 'Bằng khen số 01 quyết định số 2505/QĐ-UBND'; a district People's Committee decision of the old dotted form '1684/QĐ.UB'",
    """    {
        id: 1,
        description:
            "Bằng khen số 23-QĐKT/TWHSV ngày 12/09/2024 của Ban Chấp hành Trung ương Hội Sinh viên Việt Nam về việc đã có thành tích xuất sắc trong công tác Hội và phong trào sinh viên năm học 2023 - 2024",
        title: "Bằng khen của Ban Chấp hành Trung ương Hội Sinh viên Việt Nam",
    },
    {
        id: 2,
        description:
            "Bằng khen số 01 quyết định số 2505/QĐ-UBND ngày 12/11/2019 của Chủ tịch Ủy ban Nhân dân tỉnh Bến Tre về việc đã tích cực vận động, ủng hộ vật chất xây dựng nông thôn mới tại xã Vĩnh Hòa, huyện Chợ Lách, tỉnh Bến Tre",
        title: "Bằng khen của Chủ tịch UBND tỉnh Bến Tre về hỗ trợ xây dựng nông thôn mới",
    },
    {
        id: 3,
        description:
            "Giấy khen số 1684/QĐ.UB ngày 26/7/2019 của Ủy ban Nhân dân huyện Chợ Lách về việc hoàn thành tốt nhiệm vụ Chiến dịch tình nguyện Mùa hè xanh tại huyện Chợ Lách, tỉnh Bến Tre năm 2019",
        title: "Giấy khen của UBND huyện Chợ Lách về Chiến dịch Mùa hè xanh 2019",
    },""",
    [("23-QĐKT/TWHSV", "2024-09-12"), ("2505/QĐ-UBND", "2019-11-12"), ("1684/QĐ-UB", "2019-07-26")])

add(AW,
    "awards list, district chairmen's decisions with a unit suffix after a dot ('1020/QĐ-UBND.KT', '51/QĐ-UBND.TĐKT') and the city Students' Association's emulation decisions ('12/QĐ-TĐKT')",
    """    {
        id: 5,
        description:
            "Giấy khen số 1020/QĐ-UBND.KT ngày 22/07/2022 của Chủ tịch Ủy ban Nhân dân huyện Tam Nông về việc đã có thành tích xuất sắc trong thực hiện chiến dịch Mùa hè xanh huyện Tam Nông năm 2022",
        title: "Giấy khen của Chủ tịch UBND huyện Tam Nông về Chiến dịch Mùa hè xanh 2022",
    },
    {
        id: 6,
        description:
            "Bằng khen số 12/QĐ-TĐKT ngày 20/08/2024 của Ban Chấp hành Hội Sinh viên Thành phố Hồ Chí Minh về việc đã có thành tích xuất sắc trong Chiến dịch tình nguyện Mùa hè xanh lần thứ 31, năm 2024",
        title: "Bằng khen của Hội Sinh viên TP. Hồ Chí Minh về Chiến dịch Mùa hè xanh 2024",
    },
    {
        id: 7,
        description:
            "Giấy khen số 51/QĐ-UBND.TĐKT ngày 23/07/2024 của Chủ tịch Ủy ban Nhân dân huyện Tân Hồng về việc đã có thành tích xuất sắc trong Chiến dịch tình nguyện Mùa hè xanh năm 2024 trên dịa bàn huyện Tân Hồng",
        title: "Giấy khen của Chủ tịch UBND huyện Tân Hồng về Chiến dịch Mùa hè xanh 2024",
    },
    {
        id: 8,
        description:
            "Bằng khen số 06/QĐ-TĐKT ngày 31/05/2024 của Ban Chấp hành Hội Sinh viên Thành phố Hồ Chí Minh về việc đã có thành tích xuất sắc trong Chiến dịch Xuân tình nguyện lần thứ 16 - năm 2024",
    },""",
    [("1020/QĐ-UBND.KT", "2022-07-22"), ("12/QĐ-TĐKT", "2024-08-20"), ("51/QĐ-UBND.TĐKT", "2024-07-23"), ("06/QĐ-TĐKT", "2024-05-31")])

# ---------------------------------------------------------------- a city court's criminal judgment (real PDF text, pages marked <Page:N>)
CT = "github:find_string-id:48078451512 (a Python script holding the PDF text of judgment 19/2021/HS-ST of the People's Court of Lạng Sơn city, lines as the PDF broke them)"
add(CT,
    "court judgment header from a PDF, the court's and the country's names on one line, 'Bản án số: 19/2021/HS-ST' with the date on the next line as 'Ngày: 10 - 3 - 2021'; a case-acceptance number ('thụ lý số 06/2021/TLST- HS', a docket entry, no document) and the court's decision to bring the case to trial ('23/2021/QĐXXST- HS', a space after the hyphen, the type word broken over the line)",
    """<Page:1>TÒA ÁN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ LẠNG SƠN Độc lập – Tự do – Hạnh phúc
TỈNH LẠNG SƠN
Bản án số: 19/2021/HS-ST
Ngày: 10 - 3 - 2021
NHÂN DANH
NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TÒA ÁN NHÂN DÂN THÀNH PHỐ LẠNG SƠN, TỈNH LẠNG SƠN
- Thành phần Hội đồng xét xử sơ thẩm gồm có:
Thẩm phán - Chủ tọa phiên tòa: Bà Nguyễn Minh Huyền
Ngày 10 tháng 3 năm 2021 tại trụ sở Tòa án nhân dân thành phố Lạng
Sơn, tỉnh Lạng Sơn xét xử sơ thẩm công khai vụ án hình sự sơ thẩm thụ lý số
06/2021/TLST- HS ngày 27 tháng 01 năm 2021 theo Quyết định đưa vụ án ra
xét xử số 23/2021/QĐXXST- HS ngày 25 tháng 02 năm 2021 đối với bị cáo:""",
    [("19/2021/HS-ST", "2021-03-10"), ("23/2021/QĐXXST-HS", "2021-02-25")])

add(CT,
    "judgment body from a PDF: an expert conclusion of the provincial police ('kết luận giám định số 12/KL-PC09', the issuer broken over the line), the city procuracy's indictment ('Cáo trạng số 15/CT-VKSTP-MT')",
    """Tại kết luận giám định số 12/KL-PC09 ngày 10/01/2021 của Phòng Kỹ
thuật Hình sự - Công an tỉnh Lạng Sơn kết luận các mẫu vật pháo thu giữ đều
chứa thuốc pháo, khi đốt đều gây ra tiếng nổ.
Tại bản Cáo trạng số 15/CT-VKSTP-MT ngày 25 tháng 01 năm 2021,
Viện kiểm sát nhân dân thành phố Lạng Sơn, tỉnh Lạng Sơn đã truy tố bị cáo Vũ
Thị Lan A về tội Tàng trữ, vận chuyển hàng cấm theo quy định tại điểm c khoản
1 Điều 191 của Bộ luật Hình sự.""",
    [("12/KL-PC09", "2021-01-10"), ("15/CT-VKSTP-MT", "2021-01-25")])

add(CT,
    "judgment reasoning and decision from a PDF: 'Nghị quyết số' at a line end and the symbol on the next line, twice (the Supreme Court judges' council, the NA Standing Committee), a page marker glued to the paragraph number",
    """3<Page:4>[7] Về nhân thân: Bị cáo chưa có tiền án, tiền sự.
Căn cứ Điều 65 của Bộ luật Hình sự năm 2015; Điều 1, 2 Nghị quyết số
02/2018/NQ-HĐTP ngày 15/5/2018 của Hội đồng Thẩm phán Tòa án nhân dân
tối cao hướng dẫn áp dụng Điều 65 của Bộ luật Hình sự, xét thấy không cần
thiết phải cách ly bị cáo ra khỏi đời sống xã hội mà cho bị cáo cải tạo tại địa
phương cũng đủ sức răn đe, phòng ngừa, không gây nguy hiểm cho xã hội,
Căn cứ điểm a, c khoản 2 Điều 106; khoản 2 Điều 136, Điều 331, Điều
333 của Bộ luật Tố tụng hình sự; điểm a khoản 1 Điều 23 Nghị quyết số
326/2016/UBTVQH14 ngày 30/12/2016 của Uỷ ban Thường vụ Quốc hội quy
định về mức thu, miễn, giảm, thu, nộp, quản lý và sử dụng án phí và lệ phí Tòa
án.""",
    [("02/2018/NQ-HĐTP", "2018-05-15"), ("326/2016/UBTVQH14", "2016-12-30")], ocr=True)

# ---------------------------------------------------------------- real OCR of legal PDFs (a public OCR project's output)
add("github:tuyendb/OCR_VBPL@f479c2a9344eb7a5e52baf8c39d476365d73d82d:extracted_data/2.json",
    "tesseract OCR of a 2020 law (JSON of the OCR project): 'Luật số: 56/2020/QH14' after a stray quote; a law number written with the fraction slash U+2044 ('13⁄2012/QH13'); an amending law; no dates",
    """{
    "Number": "' Luật số: 56/2020/QH14 ",
    "Topic": {
        "Name": "_ LUẬT . SỬA ĐỎI, BỎ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁM ĐỊNH TƯ PHÁP ",
        "Description": [
            333,
            "Căn cứ pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; ",
            "Quốc hội ban hành Luật sửa đổi, bồ sung một số điều của Luật Giám định tư pháp số 13⁄2012/QH13 đã được sửa đổi, bồ sung một số điều theo Luật số 35/2018/QH14. "
        ]
    },""",
    [("56/2020/QH14", ""), ("13/2012/QH13", ""), ("35/2018/QH14", "")])

add("github:tuyendb/OCR_VBPL@f479c2a9344eb7a5e52baf8c39d476365d73d82d:extracted_data/1.json",
    "tesseract OCR of a 2021 decree (JSON): the number and the place-date run together in one field; OCR digit errors in the Căn cứ dates ('tháng ] ] năm', 'tháng ó năm')",
    """{
    "Number": "Số: 28/2021/NĐ-CP Hà Nội, ngày 26 tháng 3 năm 2021 ",
    "THÔNG TỊN ĐIỆN TỦ PHÙ ": [
        394,
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bồ Sung một số điều của Luật Tổ chức Chính phú và Luật chức chính quyền địa phương ngày 22 tháng ] ] năm 2019; ",
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015; ",
        "Căn cứ Luật Ban hành văn bản quy pham pháp luật ngày 22 tháng ó năm 2015; Luật sửa bồ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020; ",""",
    [("28/2021/NĐ-CP", "2021-03-26")])

add("github:find_string-id:53758042509 (README of a Vietnamese OCR tool: the recognised lines of a scanned school notice, as a Python list)",
    "OCR output lines of a ward school's notice as a Python list of strings: a district education office's plan cited without date",
    """['UBND QUẬN TÂY HỒ', 'TRƯỜNG MN-TH SAO MAI', 'TUYÊN TRUYỀN', 'Phổ biến giáo dục pháp luật về phòng, chống dịch bệnh COVID-19', 'tại nhà trường', 'Thực hiện Kế hoạch số 43/KH-PGDĐT về việc thực hiện đợt cao điểm', 'tuyên truyền pháp luật về phòng chống dịch Covid-19 trên dịa bàn Thành phố', 'Ngành GDĐT Tây Hồng', 'Nhằm nâng cao ý thức tự giác cho CB-GV-NV của trường về việc chấp', 'hành các quy định của pháp luật liên quan đến phòng, chống dịch COVID-19;']""",
    [("43/KH-PGDĐT", "")])

# ---------------------------------------------------------------- courts, procuracy, judgment enforcement
add("github:find_string-id:43720234964 (SQL dump of a news site's articles, 2017 article on a lottery agent's debt)",
    "news on civil judgment enforcement: the enforcement office's decision written without slash ('số 178 QĐ-CCTHADS ngày 23-11-2017'); an appeal judgment given only its effect date ('có hiệu lực từ ngày 7-11-2017' is no issue date)",
    """Sáng cùng ngày, ông Ngô Xương Phúc, chủ đại lý vé số Triều Phát, đến Chi cục Thi Hành án dân sự TP Rạch Giá nhận quyết định thi hành án. Tại đây, ông Phúc nộp tiền thi hành án 200 triệu đồng và cam kết sẽ trả hết cho bà Tuyết số tiền còn lại.\\r\\n\\r\\nTheo quyết định thi hành án số 178 QĐ-CCTHADS ngày 23-11-2017 của Chi cục Thi hành án dân sự TP Rạch Giá, cho phép thi hành bản án số 194/2017/DS-PT có hiệu lực từ ngày 7-11-2017 của TAND tỉnh Kiên Giang. Theo đó, buộc ông Ngô Xương Phúc (bị đơn) và bà Ngô Minh Thu - đại diện pháp luật hộ kinh doanh cá thể của đại lý vé số Triều Phát phải trả cho bà Nguyễn Thị Tuyết (nguyên đơn) 1.344.000.000 đồng và chịu một phần án phí.', '3-1511767591558.jpg', '7 chọ', '2024-12-10', 'on');""",
    [("178/QĐ-CCTHADS", "2017-11-23"), ("194/2017/DS-PT", "")])

add("github:find_string-id:67215222129 (a provincial court's e-filing registration form, HTML)",
    "court e-transaction form: 'Nghị quyết số 04 /2016/NQ-HĐTP' with a space before the slash and a long date",
    """                                                        <p>- Cam kết thực hiện đúng các quy định tại Nghị quyết số 04 /2016/NQ-HĐTP ngày 30 tháng 12 năm 2016 của Hội đồng thẩm phán Tòa án nhân dân tối cao,  các quy định của Bộ luật tố tụng dân sự, Luật tố tụng hành chính và các quy định pháp luật liên quan.</p>""",
    [("04/2016/NQ-HĐTP", "2016-12-30")])

add("github:find_string-id:34482113975 (an article on asset valuation in criminal proceedings, in a web page's source)",
    "legal article: 'Nghị quyết số: 03/2020/NQ-HĐTP' with a colon after 'số'; a decree cited with a typo in its year ('30/2028/NĐ-CP', kept as written) and no date",
    """Hàng giả hiện quy định rất phức tạp, do quy định xác định giá tài sản theo giá của hàng thật hoặc giá của tài sản tương tự (điểm đ, khoản 2 Điều 17 Nghị định 30/2028/NĐ-CP) dẫn đến việc xác định giá theo thị trường hàng thật sẽ cho kết quả định giá rất cao và ngược lại, việc sử dụng thông tin là hàng tương tự (hàng giả) là sẽ giảm giá trị tài sản định giá rất lớn dẫn đến việc xác định khung phạm tội cũng sẽ thay đổi.

        Xác định thời điểm định giá

        Theo Điều 10 của Nghị quyết số: 03/2020/NQ-HĐTP ngày 30/12/2020 của Hội đồng Thẩm phán Tòa án nhân dân Tối cao hướng dẫn áp dụng một số quy định của bộ luật hình sự trong xét xử tội phạm tham nhũng và tội phạm khác về chức vụ quy định về Xác định trị giá tài sản bị chiếm đoạt, thiệt hại do tội phạm tham nhũng, tội phạm khác về chức vụ gây ra như sau:""",
    [("30/2028/NĐ-CP", ""), ("03/2020/NQ-HĐTP", "2020-12-30")])

# ---------------------------------------------------------------- mass organisations: veterans, trade unions, youth union, farmers, Fatherland Front
add("github:find_string-id:252078110 (a company portal's React list of internal news, quoting PetroTimes)",
    "enterprise veterans' association plan written with a slash before its issuer ('02/KH/CCB-VSP'), a joint plan without date, a Party Secretariat directive",
    """const movementArticles = [
  {
    id: 1,
    timestamp: "9/6/2024 9:54:47 AM",
    title:
      "Xí nghiệp Dịch vụ cảng và Cung ứng vật tư thiết bị Tổ chức các hoạt động tri ân nhân kỷ niệm 78 năm ngày Thương binh, Liệt sĩ",
    description:
      "Thực hiện Kế hoạch số 02/KH/CCB-VSP ngày 04/7/2025 của Hội Cựu chiến binh Liên doanh Việt - Nga Vietsovpetro và Kế hoạch phối hợp số 129/KH-XNDV,",
  },
  {
    id: 2,
    timestamp: "05/09/2025 12:30:47 AM",
    title:
      "Đổi mới và nâng cao chất lượng sinh hoạt chi bộ tại Petrovietnam trong giai đoạn mới",
    description:
      "(PetroTimes) - Thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư Trung ương Đảng về tiếp tục đổi mới, nâng cao chất lượng sinh hoạt chi bộ, vừa qua,",
  },
];""",
    [("02/KH-CCB-VSP", "2025-07-04"), ("129/KH-XNDV", ""), ("50-CT/TW", "2025-07-23")])

add("github:find_string-id:10148072033 (a Blade template of a Ministry of Health centre's portal, commented-out news slider)",
    "trade union of the health sector in raw HTML: a plan of the sector's trade union ('60/KH-CĐYT') and a joint guide of the Ministry and the union ('1380/HD-BYT-CDYT'), each in a paragraph broken over indented lines",
    """                            <p>Thực hiện kế hoạch số 60/KH-CĐYT ngày 09/10/2024 của Ban Thường vụ Công đoàn Y tế Việt
                                Nam về việc tổ chức chăm lo cho đoàn viên, người lao động nhân dịp tết Nguyên Đán Ất Tỵ
                                2025. </p>
                        </li>
                        <li style="float: left;"><a
                                href="https://pyttmientrung.moh.gov.vn/c39/t39-474/hoi-nghi-vien-chuc-va-nguoi-lao-dong-nam-2025.html"><img
                                    src="/upload/image/nam2025/hnvc/ava.jpg" width="413" height="232px"
                                    border="0"></a> <a class="first-item-link1"
                                href="https://pyttmientrung.moh.gov.vn/c39/t39-474/hoi-nghi-vien-chuc-va-nguoi-lao-dong-nam-2025.html">HỘI
                                NGHỊ VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG NĂM 2025</a>
                            <p> Thực hiện hướng dẫn số 1380/HD-BYT-CDYT ngày 23/10/2024 về việc tổ chức Hội nghị cán bộ,
                                công chức, viên chức, người lao động và hoạt động của Ban Thanh tra nhân dân tại cơ quan
                                Hành chính nhà...</p>""",
    [("60/KH-CĐYT", "2024-10-09"), ("1380/HD-BYT-CDYT", "2024-10-23")])

add("github:find_string-id:26355271821 (an Angular component listing the city Youth Union's documents for download, 2019)",
    "Youth Union documents list: Party-form symbols with a department after the issuer ('2417-QĐ/TĐTN-VP', '133-KH/TĐTN-BCNLĐ'), a project of the executive committee ('07/ĐA-BCH'); the 'date' field is the upload date, not the issue date",
    """    {
      id: 2,
      title: 'Quyết định 2417-QĐ/TĐTN-VP v/v thành lập 10 Tổ đại biểu tham dự Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hồ Chí Minh lần thứ X, nhiệm kỳ 2017 - 2022',
      type: '',
      img: 'word.png',
      download: 346,
      date: '24/05/2019'
    },
    {
      id: 3,
      title: 'Kế hoạch 133-KH/TĐTN-BCNLĐ v/v tăng cường xây dựng và củng cố hoạt động đoàn tại các doanh nghiệp ngoài khu vực nhà nước và đơn vị sự nghiệp ngoài công lập năm 2019',
      type: '',
      img: 'word.png',
      download: 350,
      date: '24/05/2019'
    },
    {
      id: 4,
      title: 'Đề án số 07/ĐA-BCH Công tác cán bộ của Đoàn TNCS Hồ Chí Minh TP. Hồ Chí Minh giai đoạn 2009 - 2012 và chuẩn bị đến năm 2015',
      type: '',
      img: 'word.png',
      download: 349,
      date: '24/05/2019'
    },""",
    [("2417-QĐ/TĐTN-VP", ""), ("133-KH/TĐTN-BCNLĐ", ""), ("07/ĐA-BCH", "")], ocr=True)

add("github:find_string-id:62598077041 (a school's seed script of announcements)",
    "provincial Youth Union plan written in the State form with a slash before the issuer ('18/KH/TĐTN-CTĐTTN'), its date after the issuer ('của BCH Đoàn Tỉnh Tây Ninh ngày 24/2/2026')",
    """    { title: 'NGÀY HỘI "THIẾU NHI VUI KHỎE – TIẾN BƯỚC LÊN ĐOÀN"', content: 'Căn cứ vào kế hoạch số 18/KH/TĐTN-CTĐTTN của BCH Đoàn Tỉnh Tây Ninh ngày 24/2/2026 về việc tổ chức ngày hội "Thiếu nhi vui khỏe – Tiến bước lên Đoàn". Liên đội trường THCS Nguyễn Trãi xây dựng kế hoạch tổ chức ngày hội chào mừng bầu cử đại biểu Quốc hội khóa XVI.', pinned: false },""",
    [("18-KH/TĐTN-CTĐTTN", "2026-02-24")])

add("github:find_string-id:70098578890 (footer of a provincial Youth Union's online contest, JSX)",
    "provincial Youth Union plan with an ampersand in the department ('435-KH/TĐTN-CTĐ&TTN') in a JSX span",
    """                <div className="flex items-center gap-2.5">
                  <FileCheck2 className="w-4 h-4 text-yellow-300 shrink-0" />
                  <span>Căn cứ Kế hoạch số 435-KH/TĐTN-CTĐ&TTN ngày 17/7/2026</span>
                </div>""",
    [("435-KH/TĐTN-CTĐ&TTN", "2026-07-17")])

add("github:find_string-id:23813620478 (a city Youth Union's news list, JSX, quoting thanhdoandanang.org.vn)",
    "city Youth Union inspection plan ('379-KH/TĐTN-TCKT'), a typo 'TThực hiện' before it",
    """      title:
        "Ban Thường vụ Thành Đoàn tổ chức kiểm tra công tác Đoàn và phong trào thanh thiếu nhi 6 tháng cuối năm 2025",
      description:
        "TThực hiện Kế hoạch số 379-KH/TĐTN-TCKT ngày 14/2/2025 của Ban Thường vụ Thành Đoàn về việc kiểm tra, giám sát năm 2025, nhằm kịp thời nắm bắt nhu cầu, nguyện vọng của cán bộ, đoàn viên, thanh thiếu nhi; phát hiện và nhân rộng những mô hình tiêu biểu, điển hình tiên tiến, đồng thời đề ra giải pháp khắc phục những tồn tại,",""",
    [("379-KH/TĐTN-TCKT", "2025-02-14")])

add("github:find_string-id:70735250626 (a province's legal-information portal data, TypeScript list of documents with number, issuer, type and date fields)",
    "documents as records with separate fields: 'soHieu' and 'ngay' (the issue date) — the provincial Youth Union ('188/KH-TĐTN', State form), the provincial People's Council, the provincial Women's Union ('76/KH-HLHPN')",
    """    { id: 'd20', group: 'co-quan', soHieu: '188/KH-TĐTN', coQuan: 'Tỉnh đoàn', loai: 'Kế hoạch', ngay: '18/04/2026', trichYeu: 'Tuyên truyền pháp luật cho đoàn viên, thanh niên năm 2026' },
    { id: 'd21', group: 'tinh', soHieu: '08/NQ-HĐND', coQuan: 'HĐND tỉnh', loai: 'Nghị quyết', ngay: '10/04/2026', trichYeu: 'Quy định mức chi bảo đảm cho công tác phổ biến, giáo dục pháp luật và chuẩn tiếp cận pháp luật' },
    { id: 'd22', group: 'co-quan', soHieu: '76/KH-HLHPN', coQuan: 'Hội Liên hiệp Phụ nữ tỉnh', loai: 'Kế hoạch', ngay: '02/04/2026', trichYeu: 'Tuyên truyền pháp luật về phòng, chống bạo lực gia đình cho hội viên phụ nữ' }
];""",
    [("188/KH-TĐTN", "2026-04-18"), ("08/NQ-HĐND", "2026-04-10"), ("76/KH-HLHPN", "2026-04-02")])

add("github:find_string-id:70874250025 (a farmers' association site's JSON of news, quoting danviet.vn)",
    "Central Farmers' Association: a letter without date and a plan of its Standing Committee ('292-KH/HNDTW ngày 27/3/2026') in a JSON 'sapo' string",
    """        "sapo": "Ban Chấp hành Trung ương Hội Nông dân Việt Nam vừa chính thức ban hành Công văn số 2275-CV/HNDTW gửi Hội Nông dân các tỉnh, thành phố về việc thực hiện đề cử bình chọn danh hiệu “Nông dân Việt Nam xuất sắc 40 năm Đổi mới”. Đây là hoạt động trọng tâm nằm trong khuôn khổ Chương trình “Tự hào Nông dân Việt Nam 40 năm Đổi mới” theo Kế hoạch số 292-KH/HNDTW ngày 27/3/2026 của Ban Thường vụ Trung ương Hội.",
        "category": "Gương mặt Điển hình",
        "location": "",
        "date": "23/04/2026\"""",
    [("2275-CV/HNDTW", ""), ("292-KH/HNDTW", "2026-03-27")])

add("github:find_string-id:63598069537 (a ward Fatherland Front site's C# list of posts, quoting mttq.phuhoadong.vn)",
    "Fatherland Front central guide ('11/HD-MTTW-BTT') in a C# string, the post's own date in a separate field",
    """            new() { Title = "QUY ĐỊNH TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN CÔNG TÁC MẶT TRẬN KHU DÂN CƯ",
                    Url = "#", ImageUrl = "https://mttq.phuhoadong.vn/apps/uploads/2026/07/image-1-274x410.png",
                    Date = "10/07/2026",
                    Excerpt = "Căn cứ theo Hướng dẫn số 11/HD-MTTW-BTT ngày 10/9/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về một số nội dung về tổ chức và hoạt…" },""",
    [("11/HD-MTTW-BTT", "2025-09-10")])

add("github:find_string-id:36013115960 (SQL dump of a police academy's news, HTML with character entities)",
    "Ministry of Public Security plan with its unit after the issuer ('454/KH-BCA-T03') in raw HTML with entities ('ng&agrave;y', 'C&ocirc;ng')",
    """(23, 'Họp triển khai kế hoạch tổ chức hội thảo cấp Bộ', 'images/news.png', '', '<p style=\\"text-align:justify\\">Triển khai thực hiện Kế hoạch số 454/KH-BCA-T03 ng&agrave;y 04/11/2021 của Bộ C&ocirc;ng an về tổ chức Hội thảo khoa học cấp Bộ <strong><em>&ldquo;Vai tr&ograve; của C&ocirc;ng an nh&acirc;n d&acirc;n trong x&acirc;y dựng Nh&agrave; nước ph&aacute;p quyền x&atilde; hội chủ nghĩa Việt Nam của Nh&acirc;n d&acirc;n, do Nh&acirc;n d&acirc;n, v&igrave; Nh&acirc;n d&acirc;n&rdquo;</em></strong>, ng&agrave;y 10/11/2021, Học viện Ch&iacute;nh trị CAND v&agrave; Cục V03 đ&atilde; tổ chức cuộc họp để r&agrave; so&aacute;t, thống nhất một số nội dung phục vụ tổ chức Hội thảo.</p>""",
    [("454/KH-BCA-T03", "2021-11-04")])

# ---------------------------------------------------------------- provincial and commune lists, amendments, "kèm theo"
add("github:find_string-id:35531392428 (a land-data tool's Streamlit sidebar listing the documents of a 2025 campaign in Quảng Trị)",
    "list of documents of one campaign in Markdown items opened by '**': a joint plan of two ministries with an ampersand ('515/KH-BCA-BNN&MT') cited four times, later mentions without date; provincial letters and decisions with 'ngày …, của'; a department's long issuer code; an item whose number is left blank ('Công văn số /QLĐĐ-TKKKTTĐĐ Tháng 10 năm 2025') names no document",
    """st.sidebar.markdown(\"\"\"
- **Kế hoạch số 515/KH-BCA-BNN&MT ngày 31/8/2025 của Bộ Công an và Bộ Nông nghiệp và Môi trường về việc triển khai thực hiện chiến dịch làm giàu, làm sạch cơ sở dữ liệu quốc gia về đất đai.
- **Công văn số 780/UBND-NNMT ngày 04/9/2025 của UBND tỉnh Quảng Trị về việc triển khai Kế hoạch số 515/KH-BCA-BNN&MT.
- **Công văn số 2071/QLĐĐ-TKKKTTĐĐ ngày 05/9/2025 của Cục Quản lý đất đai về việc hướng dẫn tổ chức thực hiện chiến dịch làm giàu, làm sạch cơ sở dữ liệu quốc gia về đất đai.
- **Công văn số 1730/SNNMT-ĐĐBĐVT ngày 08/9/2025 của Sở Nông nghiệp và Môi trường tỉnh Quảng Trị về việc triển khai Kế hoạch số 515/KH-BCA-BNN&MT.
- **Quyết định 1392/QĐ-UBND ngày 10/9/2025, của UBND tỉnh về việc thành lập Tổ công tác.
- **Kế hoạch số 847/KH-UBND ngày 10/9/2025, của UBND tỉnh Quảng Trị về triển khai thực hiện chiến dịch làm giàu, làm sạch cơ sở dữ liệu đất đai.
- **Công văn số 2240/QLĐĐ-TKKKTTĐĐ ngày 19/9/2025, về việc phối hợp với các đơn vị phần mềm trong thực hiện Kế hoạch số 515/KH-BCA-BNN&MT.
- **Công văn số /QLĐĐ-TKKKTTĐĐ Tháng 10 năm 2025, về tài liệu hướng dẫn bổ sung theo Công văn số 2071/QLĐĐ-TKKKTTĐĐ.
\"\"\")""",
    [("515/KH-BCA-BNN&MT", "2025-08-31"), ("780/UBND-NNMT", "2025-09-04"), ("515/KH-BCA-BNN&MT", "2025-08-31"),
     ("2071/QLĐĐ-TKKKTTĐĐ", "2025-09-05"), ("1730/SNNMT-ĐĐBĐVT", "2025-09-08"), ("515/KH-BCA-BNN&MT", "2025-08-31"),
     ("1392/QĐ-UBND", "2025-09-10"), ("847/KH-UBND", "2025-09-10"), ("2240/QLĐĐ-TKKKTTĐĐ", "2025-09-19"),
     ("515/KH-BCA-BNN&MT", "2025-08-31"), ("2071/QLĐĐ-TKKKTTĐĐ", "2025-09-05")])

add("github:find_string-id:69724830800 (notes in Markdown on a national contest run by the police, quoting VJST and Đại biểu Nhân dân)",
    "Markdown notes: a police department's plan ('398/KH-BCA-C06 ngày 21/5/2026'), a minister's decision written 'QĐ 5203/QĐ-BCA ngày …', a Prime Minister's decision and a Politburo resolution without dates",
    """số, kinh tế số, xã hội số theo tinh thần
> Nghị quyết số 57-NQ/TW và Đề án 06. — Thể lệ, Điều 2

- Chủ trì: Bộ Công an, đầu mối là Cục Cảnh sát QLHC về TTXH (C06). Trưởng Ban Tổ chức là Thiếu tướng Vũ Văn Tấn,
  Cục trưởng C06.
- Căn cứ tổ chức: Kế hoạch 398/KH-BCA-C06 ngày 21/5/2026. Ban Tổ chức, Ban Giám khảo và Ban Cố vấn được thành lập
  theo QĐ 5203/QĐ-BCA ngày 17/8/2026 (VJST).
- **Điểm mới của mùa 4** (Đại biểu Nhân dân, 28/8/2026):
  - cuộc thi gắn trực tiếp với các bài toán triển khai QĐ 940/QĐ-TTg (Đề án phát triển VNeID 2026–2030);""",
    [("57-NQ/TW", ""), ("398/KH-BCA-C06", "2026-05-21"), ("5203/QĐ-BCA", "2026-08-17"), ("940/QĐ-TTg", "")])

add("github:find_string-id:70716838056 (a research report's reference list, Python calls that typeset it)",
    "bibliography of a report: laws written 'Luật … số 131/2025/QH15 ngày …' (the word 'số' twice), Prime Minister's decisions, one amending another ('sửa đổi, bổ sung một số điều của Quyết định số 1068/QĐ-TTg ngày 22/8/2019')",
    """R("[7] Quốc hội (2025), Luật Chuyển đổi số số 148/2025/QH15 ngày 11/12/2025.")
R("[8] Thủ tướng Chính phủ (2019), Quyết định số 1068/QĐ-TTg ngày 22/8/2019 phê duyệt Chiến lược sở hữu trí tuệ đến năm 2030.")
R("[9] Thủ tướng Chính phủ (2022), Quyết định số 411/QĐ-TTg ngày 31/3/2022 phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030.")
R("[10] Thủ tướng Chính phủ (2026), Quyết định số 1624/QĐ-TTg ngày 21/8/2026 sửa đổi, bổ sung một số điều của Quyết định số 1068/QĐ-TTg ngày 22/8/2019 phê duyệt Chiến lược sở hữu trí tuệ đến năm 2030.")""",
    [("148/2025/QH15", "2025-12-11"), ("1068/QĐ-TTg", "2019-08-22"), ("411/QĐ-TTg", "2022-03-31"),
     ("1624/QĐ-TTg", "2026-08-21"), ("1068/QĐ-TTg", "2019-08-22")], ocr=True)

add("github:find_string-id:59035385338 (a Go test set of document titles for a classifier)",
    "document titles without dates as Go string tuples: an amending State Bank decision ('373/2003/QĐ-NHNN Về việc sửa đổi, bổ sung một số điều của Quyết định số 440/2001/QĐ-NHNN'), a provincial decision and resolution, and a 1985 joint resolution of the Youth Union and the Justice Ministry ('04/1985/NQLT', no issuer after the type)",
    """	{"Quyết định số 38/2024/QĐ-UBND Ban hành quy định bảo đảm yêu cầu phòng, chống thiên tai đối với việc quản lý, vận hành, sử dụng công trình trên địa bàn tỉnh Bà Rịa Vũng Tàu", "Quyết định", "UBND tỉnh Bà Rịa - Vũng Tàu", "nong-nghiep/thuy-loi-thien-tai"},
	{"Nghị quyết liên tịch số 04/1985/NQLT Giữa Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh và Bộ Tư pháp về việc tăng cường giáo dục pháp luật trong đoàn thanh niên và thanh niên", "Nghị quyết liên tịch", "Trung ương Đoàn thanh niên cộng sản Hồ Chí Minh, Bộ Tư pháp", "tu-phap-dan-su/xay-dung-phap-luat"},
	{"Quyết định số 19/2015/QĐ-UBND Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Bình Phước", "Quyết định", "UBND tỉnh Bình Phước", "bo-may-nha-nuoc/to-chuc-co-quan"},
	{"Quyết định số 373/2003/QĐ-NHNN Về việc sửa đổi, bổ sung một số điều của Quyết định số 440/2001/QĐ-NHNN về việc cho vay đối với người lao động đi làm việc có thời hạn ở nước ngoài", "Quyết định", "Ngân hàng Nhà nước Việt Nam", "ngan-hang-tai-chinh/tin-dung-lai-suat"},
	{"Nghị quyết số 05/2021/NQ-HĐND Ban hành quy định một số nội dung chi, mức chi phục vụ công tác bảo đảm trật tự an toàn giao thông trên địa bàn tỉnh Quảng Bình", "Nghị quyết", "HĐND tỉnh Quảng Bình", "giao-thong-van-tai/an-toan-giao-thong"},
}""",
    [("38/2024/QĐ-UBND", ""), ("04/1985/NQLT", ""), ("19/2015/QĐ-UBND", ""), ("373/2003/QĐ-NHNN", ""),
     ("440/2001/QĐ-NHNN", ""), ("05/2021/NQ-HĐND", "")])

add("github:find_string-id:22267095385 (an HTML page listing solar-power regulations with download links)",
    "HTML table cell: an amending Prime Minister's decision with its long date, quoting in its title the decision it amends ('Sửa đổi, bổ sung một số điều của Quyết định số 11/2017/QĐ-TTg ngày 11 tháng 4 năm 2017'); a file name with the symbol in it ('02.CP_QĐ_02_SuaDoiBoSungQD11.2017_08.01.2019.pdf') names none",
    """                <tr>
                    <td>
                      <p>Quyết định 02/2019/QĐ-TTg ngày 08 tháng 01 năm 2019 của Thủ tướng Chính phủ về việc "Sửa đổi, bổ sung một số điều của Quyết định số 11/2017/QĐ-TTg ngày 11 tháng 4 năm 2017 của Thủ tướng Chính phủ về cơ chế khuyến khích phát triển các dự án điện mặt trời tại Việt Nam"</p>
                    </td>
                    <td>
                        <a href="./documents/02.CP_QĐ_02_SuaDoiBoSungQD11.2017_08.01.2019.pdf" target="_blank"><i class="ui icon arrow alternate circle down"></i></a>
                    </td>
                </tr>""",
    [("02/2019/QĐ-TTg", "2019-01-08"), ("11/2017/QĐ-TTg", "2017-04-11")])

add("github:find_string-id:55386725142 (a university's decision page in HTML, Căn cứ lines)",
    "university rector's decisions in Căn cứ lines: an amending decision of a regulation 'ban hành kèm theo Quyết định số 2134A/QĐ-ĐHNH' (a number with a letter), long dates",
    """    <div class="pursuant">Căn cứ Quyết định số 1577/QĐ-ĐHNH ngày 31 tháng 8 năm 2021 của Hiệu trưởng về việc sửa đổi, bổ sung một số điều của Quy chế quản lý học vụ đối với chương trình đào tạo đại học chính quy chất lượng cao tại Trường Đại học Ngân hàng TP. Hồ Chí Minh ban hành kèm theo Quyết định số 2134A/QĐ-ĐHNH ngày 02 tháng 10 năm 2017;</div>
    <div class="pursuant">Căn cứ Quyết định số 466/QĐ-ĐHNH ngày 28 tháng 2 năm 2024 của Hiệu trưởng về việc ban hành Quy chế tổ chức và quản lý đào tạo đại học tại Trường Đại học Ngân hàng TP. Hồ Chí Minh;</div>
    <div class="pursuant">Căn cứ Quyết định số 1070/QĐ-ĐHNH ngày 24 tháng 4 năm 2024 của Hiệu trưởng về việc ban hành Quy định về tổ chức và thực hiện chương trình đào tạo chất lượng cao, chương trình đào tạo một phần bằng tiếng Anh, và chư""",
    [("1577/QĐ-ĐHNH", "2021-08-31"), ("2134A/QĐ-ĐHNH", "2017-10-02"), ("466/QĐ-ĐHNH", "2024-02-28"), ("1070/QĐ-ĐHNH", "2024-04-24")], ocr=True)

add("github:find_string-id:71343089877 (a citation tool's TypeScript constants)",
    "'(Kèm theo Quyết định số 491/QĐ-HVN ngày 21 tháng 02 năm 2020)' inside a TypeScript string",
    """export const VNUA_SHORT_DESC = 
  "Định dạng trích dẫn và danh mục tài liệu tham khảo trong tài liệu khoa học của Học viện Nông nghiệp Việt Nam (Kèm theo Quyết định số 491/QĐ-HVN ngày 21 tháng 02 năm 2020)";""",
    [("491/QĐ-HVN", "2020-02-21")])

add("github:find_string-id:3594581877 (a college's PHP form)",
    "'(Ban hành kèm theo Quyết định số: 148 /QĐ-MĐC ngày 05 tháng 3 năm 2021)': a colon after 'số' and a space before the slash",
    """                        <h5 style="text-align: center">PHIẾU ĐÁNH GIÁ KẾT QUẢ RÈN LUYỆN CHO SINH VIÊN</h5>
                        <p style="text-align: center; font-style: italic;">(Ban hành kèm theo Quyết định số: 148 /QĐ-MĐC ngày 05 tháng 3 năm 2021)</p>""",
    [("148/QĐ-MĐC", "2021-03-05")])

add("github:find_string-id:68523004541 (a company's HR page printing the civil servant CV form, PHP)",
    "the personnel form's line '(Ban hành kèm theo Quyết định số 02/2008/QĐ-BNV)' without date",
    """    <div class="header-center">
        <div class="title">SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC</div>
        <em>(Ban hành kèm theo Quyết định số 02/2008/QĐ-BNV)</em>
    </div>""",
    [("02/2008/QĐ-BNV", "")])

add("github:find_string-id:31917775196 (a bank branch's docx generator, JavaScript)",
    "bank's construction decision: a decree with a short date and an internal regulation 'ban hành kèm theo Quyết định số 108/CS-HĐQT-NHCT-MSTS2' (a four-part issuer ending in a digit)",
    """							new TextRun({
								text: '-  Căn cứ Nghị định số 15/2021/NĐ-CP ngày 3/3/2021 của Chính phủ quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng;',
								size: 26,
							}),
						],
					}),
					new Paragraph({
						indent: {left: 720},
						children: [
							new TextRun({
								text: '-  Căn cứ Quy định về Quản lý hoạt động đầu tư xây dựng công trình ban hành kèm theo Quyết định số 108/CS-HĐQT-NHCT-MSTS2 ngày 21/03/2023 của HĐQT VietinBank;',""",
    [("15/2021/NĐ-CP", "2021-03-03"), ("108/CS-HĐQT-NHCT-MSTS2", "2023-03-21")])

add("github:find_string-id:57459680360 (the Supreme Court's internal workflow app, TypeScript template)",
    "a court's internal submission: 'Căn cứ Nghị quyết 03/2019/NQ-HĐTP ngày 08/5/2019 của Hội đồng Thẩm phán' among Căn cứ lines of codes without numbers",
    """const ND_545_V2 = `Mục 1. Căn cứ đề xuất
Căn cứ Bộ luật Tố tụng dân sự năm 2015;
Căn cứ Luật Tổ chức Tòa án nhân dân năm 2014;
Căn cứ khoản 2 Điều 337 Bộ luật Tố tụng dân sự;
Căn cứ Nghị quyết 03/2019/NQ-HĐTP ngày 08/5/2019 của Hội đồng Thẩm phán;
Xét đề nghị của Tòa Dân sự,""",
    [("03/2019/NQ-HĐTP", "2019-05-08")])

# ---------------------------------------------------------------- a ministry's letter transcribed from a scan, a commune health station, a ward Party committee
HE = "github:find_string-id:68539023356 (Markdown transcription of a scanned ministry letter with a university's incoming stamp)"
add(HE,
    "ministry letter transcribed from a scan: the letter's number in a Markdown heading, the header as one '|' table row with '<br>' breaks ('Số: 6240 /BGDĐT-KHCNTT <br> V/v …' | '… *Hà Nội, ngày 15 tháng 09 năm 2026*'), an incoming stamp 'ĐẾN Số: 1998' (a register number, no document), a plan and a notice joined by ';'",
    """# CÔNG VĂN SỐ 6240/BGDĐT-KHCNTT — HƯỚNG DẪN KẾT NỐI API, ĐỒNG BỘ DỮ LIỆU HEMIS

| **BỘ GIÁO DỤC VÀ ĐÀO TẠO** <br><br> Số: 6240 /BGDĐT-KHCNTT <br> V/v hướng dẫn kết nối API, đồng bộ dữ liệu với Hệ thống cơ sở dữ liệu về giáo dục đại học (HEMIS) | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** <br> **Độc lập - Tự do - Hạnh phúc** <br><br> *Hà Nội, ngày 15 tháng 09 năm 2026* |
| :--- | :--- |

> **TRƯỜNG ĐẠI HỌC QUY NHƠN**  
> **ĐẾN** Số: 1998  
> Ngày: 15/9/2026  
> Chuyển: ...........................................  
> Số và ký hiệu HS: ...............................  

**Kính gửi:**
- Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố và các cơ quan, tổ chức quản lý trực tiếp cơ sở giáo dục đại học;
- Các cơ sở giáo dục đại học; các cơ sở giáo dục khác có đào tạo trình độ giáo dục đại học.

Thực hiện Kế hoạch số 1496/KH-BGDĐT ngày 23/7/2026 của Bộ Giáo dục và Đào tạo về hành động 100 ngày xử lý các điểm nghẽn về chuyển đổi số; Thông báo số 424/TB-VPCP ngày 14/8/2026 của Văn phòng Chính phủ về kết luận của Phó Thủ tướng Chính phủ Lê Tiến Châu tại cuộc họp với Bộ Giáo dục và Đào tạo về công tác chuyển đổi số;""",
    [("6240/BGDĐT-KHCNTT", "2026-09-15"), ("6240/BGDĐT-KHCNTT", "2026-09-15"), ("1496/KH-BGDĐT", "2026-07-23"), ("424/TB-VPCP", "2026-08-14")])

add(HE,
    "the same letter's last paragraph and its annex line: a plan cited again without date, a deadline ('trước ngày 30/9/2026') that is no issue date, the annex '(Kèm theo Công văn số 6240 /BGDĐT-KHCNTT ngày 15 tháng 09 năm 2026 của Bộ GDĐT)' in Markdown italics",
    """- Các cơ sở giáo dục đại học khẩn trương thực hiện, bố trí nguồn lực, rà soát hệ thống và phối hợp với Bộ GDĐT (Cục Khoa học, Công nghệ và Thông tin) để triển khai kết nối API; báo cáo kết quả thực hiện, tiến độ triển khai và các khó khăn, vướng mắc phát sinh trong quá trình thực hiện kết nối **trước ngày 30/9/2026** (theo mẫu báo cáo gửi kèm tại phụ lục); đồng thời tiếp tục thực hiện rà soát, cập nhật, làm sạch, xác nhận và ký số dữ liệu trên HEMIS, bảo đảm tiến độ thực hiện Kế hoạch số 1496/KH-BGDĐT.

Bộ Giáo dục và Đào tạo trân trọng cám ơn./.

<br>

---

## Phụ lục: [MẪU] BÁO CÁO KẾT QUẢ TRIỂN KHAI KẾT NỐI, ĐỒNG BỘ DỮ LIỆU VỚI HEMIS
*(Kèm theo Công văn số 6240 /BGDĐT-KHCNTT ngày 15 tháng 09 năm 2026 của Bộ GDĐT)*""",
    [("1496/KH-BGDĐT", ""), ("6240/BGDĐT-KHCNTT", "2026-09-15")], ocr=True)

add("github:find_string-id:66691699451 (a district tourism/health map seed in PHP)",
    "commune People's Committee founding decision (after the 2025 merger) in a PHP string, then the same decision with its date in parentheses ('Quyết định 01/QĐ-UBND (01/7/2025)'); a health department's decision in parentheses without date",
    """                    'description' => 'Trạm Y tế xã Đông Anh thành lập theo Quyết định 01/QĐ-UBND ngày 01/7/2025 của UBND xã Đông Anh. Trạm thực hiện nhiệm vụ khám chữa bệnh BHYT, phòng chống dịch bệnh, tiêm chủng vắc xin và quản lý sức khỏe cộng đồng với 03 khoa, 02 phòng và 06 điểm Y tế trực thuộc. Tổng diện tích trạm chính là 3.674m², thực hiện 413 dịch vụ kỹ thuật được Sở Y tế Hà Nội phê duyệt (QĐ 2050/QĐ-SYT).',
                    'image_path' => 'https://images.unsplash.com/photo-1584515979956-d9f6e5d09982?auto=format&fit=crop&w=800&q=80',
                    'storytelling_data' => [
                        'heritage_year' => 'Quyết định 01/QĐ-UBND (01/7/2025)',
                        'area' => '3.674 m²',""",
    [("01/QĐ-UBND", "2025-07-01"), ("2050/QĐ-SYT", ""), ("01/QĐ-UBND", "2025-07-01")])

add("github:find_string-id:69452386862 (a records tool's test: the OCR text of a ward Party committee's report header)",
    "ward Party committee report header as OCR text (PaddleOCR): the place-date line above 'Số 254-BC/ĐU' (no colon), a city Party committee plan without date",
    """ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BÌNH TIÊN
ĐẢNG CỘNG SẢN VIỆT NAM
Bình Tiên, ngày 03 tháng 12 năm 2025
Số 254-BC/ĐU
BÁO CÁO KIỂM ĐIỂM
TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG
CỦA TẬP THỂ BAN THƯỜNG VỤ ĐẢNG ỦY
Năm 2025
-----
Thực hiện Kế hoạch số 13-KH/TU
A. NỘI DUNG KIỂM ĐIỂM""",
    [("254-BC/ĐU", "2025-12-03"), ("13-KH/TU", "")])

# ---------------------------------------------------------------- Long An case file, later pages (2010-2012)
add(LA + "41)",
    "provincial department letter (scan OCR): the header's two columns on one line each with runs of spaces, 'Số: 600/CV-SLDTBXH' (D for Đ), a ministry circular written 'TT-BLDTBXH'",
    """Lê 2

UBND TỈNH LONG AN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
SỞ LAO ĐỘNG THƯƠNG BINH    Độc lập - Tự do - Hạnh phúc  
VÀ XÃ HỘI

Số: 600/CV-SLDTBXH

Tân An, ngày 27 tháng 04 năm 2010

Về việc giải quyết chế độ cho thân nhân  
Anh hùng Lực lượng vũ trang

Kính gửi : Phòng Lao động Thương binh và Xã hội  
huyện, thành phố

Thì hành Quyết định số 212/QĐ-CTN ngày 23/2/2010 của Chủ tịch nước về việc truy tặng danh hiệu anh hùng lực lượng vũ trang.

Căn cứ theo qui định Nghị định số 54/2006/NĐ-CP ngày 26/5/2006 của Chính phủ về việc hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người có công với cách mạng và Thông tư số 07/2006/TT-BLDTBXH ngày 26/7/2006 của Bộ Lao động - Thương binh và Xã hội hướng dẫn về hồ sơ, lập hồ sơ thực hiện chế độ ưu đãi người có công với cách mạng.""",
    [("600/CV-SLĐTBXH", "2010-04-27"), ("212/QĐ-CTN", "2010-02-23"), ("54/2006/NĐ-CP", "2006-05-26"), ("07/2006/TT-BLĐTBXH", "2006-07-26")])

add(LA + "45)",
    "town police certificate of 1997 (scan OCR): a police number with spaces around the hyphen ('Số: 312 - GCN/CATX') and a date line whose day is unreadable ('ngày 2... tháng 4... năm 1997', no full date); a provincial decision of the old dotted form '2554/QĐ.UB' cited as 'điều 2 quyết định …' without 'số'",
    """CỘNG AN TỈNH LONG AN  
CỘNG AN THỊ XÃ TÂN AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc

Số: 312 - GCN/CATX

Tân An, ngày 2... tháng 4... năm 1997

### GIẤY CHỨNG NHẬN

"Về chính đối số nhà, tên đường"

- - Căn cứ điều 2 quyết định 2554/QĐ.UB ngày 18/10/1997 của UBND tỉnh về đối đặt tên đường mới.
- - Để phù hợp xu hướng đổi mới, tăng cường quản lý Nhà nước trên địa bàn thị xã.""",
    [("312-GCN/CATX", ""), ("2554/QĐ-UB", "1997-10-18")])

add(LA + "49)",
    "provincial department decision of 2011 (scan OCR): another State President's decision cited twice ('738/QĐ-CTN', '738 /QĐ-CTN'), Căn cứ lines ending in two spaces",
    """62  
UBND TỈNH LONG AN  
SỞ LAO ĐỘNG - THƯƠNG BINH  
VÀ XÃ HỘI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc

Số: 5 /QĐ-SLĐTBXH

Long An, ngày 01 tháng 3 năm 2011

Số hồ sơ: 62

**QUYẾT ĐỊNH**

**Về việc trợ cấp ưu đãi Anh hùng lực lượng vũ trang nhân dân**

**GIÁM ĐỐC SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI**

Căn cứ Nghị định số 54/2006/NĐ-CP ngày 26 tháng 5 năm 2006 của Chính phủ hướng dẫn thi hành một số điều Pháp lệnh ưu đãi người có công với cách mạng;  
Căn cứ Quyết định số 738/QĐ-CTN ngày 28 tháng 5 năm 2010 của Chủ tịch nước;  
Căn cứ Nghị định số 35/2010/NĐ-CP ngày 06 tháng 4 năm 2010 của Chính phủ quy định về mức trợ cấp, phụ cấp ưu đãi đối với người có công với cách mạng;  
Xét đề nghị của Trưởng Phòng Người có công;

**QUYẾT ĐỊNH:**

**Điều 1.** Trợ cấp hàng tháng đối với ông Trương Văn Tâm; Sinh năm: 1927 .

Được tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân, theo Quyết định số 738 /QĐ-CTN ngày 28 tháng 5 năm 2010 của Chủ tịch nước.""",
    [("5/QĐ-SLĐTBXH", "2011-03-01"), ("54/2006/NĐ-CP", "2006-05-26"), ("738/QĐ-CTN", "2010-05-28"), ("35/2010/NĐ-CP", "2010-04-06"), ("738/QĐ-CTN", "2010-05-28")])

add(LA + "52)",
    "a hero's certificate (scan OCR): 'Quyết định số: 738 QĐ/ICTN ngày …' — the slash read as 'I' before the issuer",
    """*Đồng chí TRƯƠNG VĂN TÂM (TRƯƠNG VĂN RẤT, MÁ MƯỜI)*

*Nguyên Tỉnh đội phó, tỉnh Kiến Tường (nay là tỉnh Long An)*

*Đã có thành tích đặc biệt xuất sắc trong cuộc kháng chiến chống Mỹ cứu nước.*

Quyết định số: 738 QĐ/ICTN ngày 28 tháng 05 năm 2010  
Vào số vàng số: 18""",
    [("738/QĐ-CTN", "2010-05-28")])

add(LA + "54)",
    "provincial department decision of 2012 (scan OCR): 'Số: 64 /QD. SLDTBXH' (a dot and a space for the hyphen, D for Đ in both parts), Căn cứ lines as Markdown items '- - Căn cứ …'",
    """UBND TỈNH LONG AN  
SỞ LAO ĐỘNG THƯƠNG BINH  
VÀ XÃ HỘI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc

Số: 64 /QD. SLDTBXH

Long An, ngày 5 tháng 7 năm 2012  
Số hồ sơ: 64

**QUYẾT ĐỊNH**

Về việc trợ cấp ưu đãi Anh hùng lực lượng vũ trang nhân dân

**GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI**

- - Căn cứ Nghị định số 54/2006/NĐ-CP ngày 26 tháng 5 năm 2006 của Chính phủ hướng dẫn thi hành Pháp lệnh ưu đãi người có công với cách mạng;
- - Căn cứ Quyết định số 212/QĐ-CTN ngày 23 tháng 02 năm 2010 của Chủ tịch nước ;
- - Căn cứ Nghị định số 38/2009/NĐ-CP ngày 23 tháng 4 năm 2009 của Chính phủ quy định mức trợ cấp, phụ cấp ưu đãi đối với người có công với cách mạng;
- - Theo đề nghị của Trưởng phòng Người có công;""",
    [("64/QĐ-SLĐTBXH", "2012-07-05"), ("54/2006/NĐ-CP", "2006-05-26"), ("212/QĐ-CTN", "2010-02-23"), ("38/2009/NĐ-CP", "2009-04-23")])

add(LA + "56)",
    "provincial People's Committee letter of 2010 (scan OCR, body): a letter of the emulation board, a plan written with a mixed-case type ('958/Kh-BTC')",
    """Sau khi xem xét công văn số 43/CV-TĐKT ngày 12/4/2010 của Ban Thi đua Khen thưởng, Sở Nội vụ về việc tổ chức trao tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân tại lễ kỷ niệm 35 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước; ý kiến thống nhất của Ban Tổ chức các ngày lễ lớn của tỉnh tại cuộc họp ngày 15/4/2010, UBND tỉnh có ý kiến như sau:

- Đồng ý tổ chức trao tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân tại buổi lễ kỷ niệm 35 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước (lúc 7 giờ 30 phút ngày 28/4/2010).

Chương trình buổi lễ kỷ niệm (theo kế hoạch số 958/Kh-BTC ngày 23/3/2010) được bổ sung 2 nội dung (sau phân phát biểu của Tỉnh Đoàn): - Công bố Quyết định, trao tặng danh hiệu AHLVTND cho 18 cá nhân. - Phát biểu cảm tưởng của đại diện gia đình được truy tặng danh hiệu AHLVTND.""",
    [("43/CV-TĐKT", "2010-04-12"), ("958/KH-BTC", "2010-03-23")])

add(LA + "57)",
    "provincial department decision of 2012 (scan OCR), header in two columns: 'Số: 65 /QĐ. SLDTBXH', two decrees joined by 'và' each with its own date",
    """UBND TỈNH LONG AN | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI | Độc lập – Tự do – Hạnh phúc
Số: 65 /QĐ. SLDTBXH | Long An, ngày 26 tháng 7 năm 2012
Số hồ sơ: 65

QUYẾT ĐỊNH
Về việc trợ cấp ưu đãi Anh hùng lực lượng vũ trang nhân dân

- Căn cứ Nghị định số 54/2006/NĐ-CP ngày 26 tháng 5 năm 2006 của Chính phủ hướng dẫn thi hành Pháp lệnh ưu đãi người có công với cách mạng;
- Căn cứ Quyết định số 1815/QĐ-CTN ngày 17 tháng 10 năm 2011 của Chủ tịch nước ;
- Căn cứ Nghị định số 52/2011/NĐ-CP ngày 30 tháng 6 năm 2011 và Nghị định số 47/2012/NĐ-CP ngày 28 tháng 5 năm 2012 của Chính phủ quy định về mức trợ cấp, phụ cấp ưu đãi đối với người có công với cách mạng;
- Theo đề nghị của Trưởng phòng Người có công;

QUYẾT ĐỊNH
Điều 1. Trợ cấp đối với Ông: Trần Văn Năm (Năm Gấu), Sinh năm 1947. Đã được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân, theo Quyết định số 1815/QĐ-CTN ngày 17 tháng 10 năm 2011 của Chủ tịch nước.""",
    [("65/QĐ-SLĐTBXH", "2012-07-26"), ("54/2006/NĐ-CP", "2006-05-26"), ("1815/QĐ-CTN", "2011-10-17"),
     ("52/2011/NĐ-CP", "2011-06-30"), ("47/2012/NĐ-CP", "2012-05-28"), ("1815/QĐ-CTN", "2011-10-17")], pdf=True)

add(LA + "59)",
    "State President's decision of 2011 and a copy certified by the Guard Command (scan OCR): the Prime Minister's submission '1856/TTr-TTg'; the copy's own number 'Số: 96 /SL' (sao lục) above 'SAO Y BẢN CHÍNH' and its date",
    """**CHỦ TỊCH NƯỚC**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  
Độc lập – Tự do – Hạnh phúc

Số: 1815/QĐ-CTN

Hà Nội, ngày 17 tháng 10 năm 2011

**QUYẾT ĐỊNH**  
Về việc phong tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân

Căn cứ Điều 103 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;

Căn cứ Luật thi đua, khen thưởng;

Xét đề nghị của Thủ tướng Chính phủ tại Tờ trình số 1856/TTr-TTg ngày 12 tháng 10 năm 2011.

**CHỦ TỊCH**  
**NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

Đã ký  
Trương Tấn Sang

**BỘ CÔNG AN**  
**BỘ TƯ LỆNH CẢNH VỆ**

Số: 96 /SL

**SAO Y BẢN CHÍNH**

Tp. Hồ Chí Minh, ngày 18 tháng 10 năm 2011""",
    [("1815/QĐ-CTN", "2011-10-17"), ("1856/TTr-TTg", "2011-10-12"), ("96/SL", "2011-10-18")])

add(LA + "60)",
    "district People's Committee decision of 2012 (scan OCR), header in two columns: a decree and a provincial chairman's decision joined by '; và Quyết định số …'; a death certificate number ('giấy chứng tử số 63 ngày …') is no document symbol",
    """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐỨC HÒA | Độc lập - Tự do - Hạnh phúc
Số: 1026/QĐ-UBND | Đức Hòa, ngày 10 tháng 11 năm 2012
Số hồ sơ: LA/TB: 1026

QUYẾT ĐỊNH
V/v thời trả trợ cấp ưu đãi hàng tháng, trợ cấp một lần cho thân nhân Anh hùng lực lượng vũ trang
ỦY BAN NHÂN DÂN HUYỆN ĐỨC HÒA

Căn cứ Luật tổ chức HDND và UBND ngày 16 tháng 11 năm 2003;
Căn cứ Nghị định số 47/2012/NĐ-CP ngày 28/5/2012 của Chính phủ qui định mức trợ cấp, phụ cấp ưu đãi đối với người có công với cách mạng; và Quyết định số 1346/2007/QĐ-UBND ngày 29/5/2007 của Chủ tịch UBND tỉnh Long An về việc ủy quyền cho Chủ tịch các huyện, thị kỳ các quyết định thuộc lĩnh vực chính sách người có công;
Xét đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội huyện,

QUYẾT ĐỊNH
Điều 1. Thời trả trợ cấp của ông Nguyễn Tấn Bửu, sinh năm 1946, hiện ở Khu phố 3 - thị trấn Đức Hòa - huyện Đức Hòa - tỉnh Long An, là Anh hùng lực lượng vũ trang. Số tiền trợ cấp 931.000 đồng/tháng. Đã hưởng hết tháng 9/2012.
Lý do: ông Nguyễn Tấn Bửu đã chết ngày 28/9/2012, theo giấy chứng tử số 63 ngày 19/10/2012 của UBND thị trấn Đức Hòa.""",
    [("1026/QĐ-UBND", "2012-11-10"), ("47/2012/NĐ-CP", "2012-05-28"), ("1346/2007/QĐ-UBND", "2007-05-29")], pdf=True)

add(LA + "62)",
    "a commune's report form (scan OCR): '(Ban hành kèm theo hướng dẫn số 176/LĐTBXH ngày 16/01/2005 của Sở …)' — a guide whose symbol is the issuer alone",
    """**PHIẾU BÁO GIẢM**

(Ban hành kèm theo hướng dẫn số 176/LĐTBXH ngày 16/01/2005 của Sở Lao động - Thương binh và xã hội)

Họ và tên người có công: Nguyễn Văn Phúc năm sinh: 1946  
Nguyễn quân: ấp KCP xã: Đa huyện: Đức  
Hóa, tỉnh Long An.""",
    [("176/LĐTBXH", "2005-01-16")])
