# Passages of unseen26r (copied from WHOLE DOCUMENTS held in public GitHub repositories, found with the
# find_string / find_repos / find_files / read_file tools; see SOURCES.md), with labels. Each passage is a
# stretch of one document as the repository holds it: PDF text of the Official Gazette (Công báo) with its page
# headers and table cells split across lines, Markdown converted by pandoc (a '---' table header, '*' italics,
# '1\.' escapes), JSX and PHP source with the text inside string literals or tags, an SQL dump's rows.
# Labels are the true references: the symbol as the issuer writes it in parse_symbol's canonical form (spaces
# around the hyphen and slash removed), the issue date where the passage gives it for that symbol (at any
# mention), none for a date without its year, an effective date or a posting date. A symbol broken across two
# lines or two table cells is labelled whole ('05/2023/TT-\nBLĐTBXH' -> 05/2023/TT-BLĐTBXH). A blank number
# ('Số: .....', 'Tờ trình số ……….') is no reference.
P = []
def add(src, kinds, text, expect, ocr=False, pdf=False):
    P.append(dict(source=src, kinds=kinds, text=text, expect=[dict(symbol=s, date=d or None) for s, d in expect], ocr=ocr, pdf=pdf))

HR = "https://github.com/hrmaster1982-dev/phapluat-8chude-data/blob/983bf259b80b975410981cdbf1497feeb33d4d6a/"

# ---------------------------------------------------------------- the Labour Ministry's decision 135/QĐ-BLĐTBXH (Công báo PDF text)
add(HR + "docs/cong_doan/quyet-dinh-so-135-qd-bldtbxh-41357.txt#header",
    "a ministry's decision as Official Gazette PDF text: the page header ('CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024', no reference), the ministry's name twice, 'Số:' and the place-date on separate lines, decrees dated d/m/yyyy in the preamble, one amending another",
    """CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024
71

BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

BỘ LAO ĐỘNG - THƯƠNG BINH
VÀ XÃ HỘI

Số: 135/QĐ-BLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 31 tháng 01 năm 2024

QUYẾT ĐỊNH

Về việc công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực
toàn bộ hoặc một phần thuộc lĩnh vực quản lý nhà nước
của Bộ Lao động - Thương binh và Xã hội

BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

Căn cứ Luật ban hành văn bản quy phạm pháp luật ngày 22/6/2015; Luật sửa
đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày
18/6/2020;
Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định
chi tiết một số điều và biện pháp thi hành Luật ban hành văn bản quy phạm pháp
luật; Nghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ sửa đổi, bổ
sung một số điều của Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ
quy định chi tiết một số điều và biện pháp thi hành Luật ban hành văn bản quy
phạm pháp luật;
Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12/9/2022 của Chính phủ quy định
chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - Thương
binh và Xã hội;
Theo đề nghị của Vụ trưởng Vụ Pháp chế.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này các Danh mục văn bản quy phạm
pháp luật hết hiệu lực toàn bộ hoặc một phần thuộc lĩnh vực quản lý nhà nước của
Bộ Lao động - Thương binh và Xã hội, gồm:""",
    [("135/QĐ-BLĐTBXH", "2024-01-31"), ("34/2016/NĐ-CP", "2016-05-14"), ("154/2020/NĐ-CP", "2020-12-31"),
     ("34/2016/NĐ-CP", "2016-05-14"), ("62/2022/NĐ-CP", "2022-09-12")])

add(HR + "docs/cong_doan/quyet-dinh-so-135-qd-bldtbxh-41357.txt#annex-rows-1-6",
    "the decision's annexed table as PDF text: the annex line dated, a four-column table read cell by cell (document, reason, effective date), the replacing circular's symbol split at the hyphen across two lines ('05/2023/TT-' / 'BLĐTBXH ngày …'), effective dates ('30/7/2023', no issue date), a decree dated in words inside a cell",
    """73
CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024
     73
DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT HẾT HIỆU LỰC TOÀN BỘ HOẶC MỘT PHẦN
THUỘC LĨNH VỰC QUẢN LÝ NHÀ NƯỚC CỦA BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
(Ban hành kèm theo Quyết định số 135/QĐ-BLĐTBXH ngày 31/01/2024
của Bộ trưởng Bộ Lao động - Thương binh và Xã hội)

A. VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ THUỘC LĨNH VỰC QUẢN LÝ NHÀ NƯỚC CỦA BỘ LAO ĐỘNG - THƯƠNG
BINH VÀ XÃ HỘI
STT
Văn bản hết hiệu lực
Lý do hết hiệu lực
Ngày hết
hiệu lực
I. LĨNH VỰC GIÁO DỤC NGHỀ NGHIỆP
1
Thông tư số 36/2017/TT-BLĐTBXH ngày 29/12/2017
của Bộ trưởng Bộ Lao động - Thương binh và Xã hội
ban hành Danh mục ngành, nghề học nặng nhọc, độc
hại, nguy hiểm trình độ trung cấp, trình độ cao đẳng
Được thay thế bởi Thông tư số 05/2023/TT-
BLĐTBXH ngày 15/6/2023 của Bộ trưởng Bộ
Lao động - Thương binh và Xã hội ban hành
Danh mục ngành, nghề nặng nhọc, độc hại, nguy
hiểm trình độ trung cấp, trình độ cao đẳng
30/7/2023
2
Thông tư số 03/2018/TT-BLĐTBXH ngày 15/6/2018
của Bộ trưởng Bộ Lao động - Thương binh và Xã hội
quy định tiêu chuẩn chức danh nghề nghiệp viên chức
chuyên ngành giáo dục nghề nghiệp
Được thay thế bởi Thông tư số 07/2023/TT-
BLĐTBXH ngày 28/8/2023 của Bộ trưởng Bộ
Lao động - Thương binh và Xã hội quy định mã
số, tiêu chuẩn chức danh nghề nghiệp; xếp lương,
thăng hạng chức danh nghề nghiệp viên chức
chuyên ngành giáo dục nghề nghiệp
15/10/2023
3
Thông tư số 12/2019/TT-BLĐTBXH ngày 12/8/2019
của Bộ trưởng Bộ Lao động - Thương binh và Xã hội
hướng dẫn việc chuyển xếp lương chức danh nghề
nghiệp viên chức chuyên ngành giáo dục nghề nghiệp
Được thay thế bởi Thông tư số 07/2023/TT-
BLĐTBXH ngày 28/8/2023 của Bộ trưởng Bộ
Lao động - Thương binh và Xã hội quy định mã
số, tiêu chuẩn chức danh nghề nghiệp; xếp lương,
thăng hạng chức danh nghề nghiệp viên chức
chuyên ngành giáo dục nghề nghiệp
15/10/2023

74
74

74
CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024
STT
Văn bản hết hiệu lực
Lý do hết hiệu lực
Ngày hết
hiệu lực
4
Thông tư số 31/2019/TT-BLĐTBXH ngày 30/12/2019
của Bộ trưởng Bộ Lao động - Thương binh và Xã hội
quy định tiêu chuẩn, điều kiện, nội dung và hình thức thi
hoặc xét thăng hạng chức danh nghề nghiệp viên chức
chuyên ngành giáo dục nghề nghiệp
Được thay thế bởi Thông tư số 07/2023/TT-
BLĐTBXH ngày 28/8/2023 của Bộ trưởng Bộ
Lao động - Thương binh và Xã hội quy định mã
số, tiêu chuẩn chức danh nghề nghiệp; xếp lương,
thăng hạng chức danh nghề nghiệp viên chức
chuyên ngành giáo dục nghề nghiệp
15/10/2023
II. LĨNH VỰC QUAN HỆ LAO ĐỘNG VÀ TIỀN LƯƠNG
5
Nghị định số 63/2015/NĐ-CP ngày 22/7/2015 của Chính
phủ quy định chính sách đối với người lao động dôi dư
khi sắp xếp lại công ty trách nhiệm hữu hạn một thành
viên do Nhà nước làm chủ sở hữu
Được thay thế bởi Nghị định số 97/2022/NĐ-CP
ngày 29/11/2022 của Chính phủ quy định chính
sách đối với người lao động dôi dư khi chuyển
đổi sở hữu, sắp xếp lại công ty trách nhiệm hữu
hạn một thành viên do Nhà nước nắm giữ 100%
vốn điều lệ
15/01/2023
6
Thông tư số 44/2015/TT-BLĐTBXH ngày 22/10/2015
của Bộ trưởng Bộ Lao động - Thương binh và Xã hội
hướng dẫn thực hiện một số điều của Nghị định số
63/2015/NĐ-CP ngày 22 tháng 7 năm 2015 của Chính
phủ quy định chính sách đối với người lao động dôi dư
khi sắp xếp lại công ty trách nhiệm hữu hạn một thành
viên do Nhà nước làm chủ sở hữu
Được bãi bỏ bởi Nghị định số 97/2022/NĐ-CP
ngày 29/11/2022 quy định chính sách đối với
người lao động dôi dư khi chuyển đổi sở hữu, sắp
xếp lại công ty trách nhiệm hữu hạn một thành
viên do Nhà nước nắm giữ 100% vốn điều lệ
15/01/2023""",
    [("135/QĐ-BLĐTBXH", "2024-01-31"),
     ("36/2017/TT-BLĐTBXH", "2017-12-29"), ("05/2023/TT-BLĐTBXH", "2023-06-15"),
     ("03/2018/TT-BLĐTBXH", "2018-06-15"), ("07/2023/TT-BLĐTBXH", "2023-08-28"),
     ("12/2019/TT-BLĐTBXH", "2019-08-12"), ("07/2023/TT-BLĐTBXH", "2023-08-28"),
     ("31/2019/TT-BLĐTBXH", "2019-12-30"), ("07/2023/TT-BLĐTBXH", "2023-08-28"),
     ("63/2015/NĐ-CP", "2015-07-22"), ("97/2022/NĐ-CP", "2022-11-29"),
     ("44/2015/TT-BLĐTBXH", "2015-10-22"), ("63/2015/NĐ-CP", "2015-07-22"), ("97/2022/NĐ-CP", "2022-11-29")])

add(HR + "docs/cong_doan/quyet-dinh-so-135-qd-bldtbxh-41357.txt#annex-rows-7-17",
    "the same table further on: replacing circulars split at the hyphen across lines, a joint circular of two ministries, Prime Minister's decisions, decrees repealed by one decree (the same symbol three times), an old-form symbol without a year ('118/TTg'), a row continued over a page break with the gazette's page header",
    """III. LĨNH VỰC AN TOÀN LAO ĐỘNG
7
Thông tư số 25/2013/TT-BLĐTBXH ngày 18/10/2013
của Bộ trưởng Bộ Lao động - Thương binh và Xã hội
hướng dẫn thực hiện chế độ bồi dưỡng bằng hiện vật đối
Được thay thế bởi Thông tư số 24/2022/TT-
BLĐTBXH ngày 30/11/2022 của Bộ trưởng Bộ
Lao động - Thương binh và Xã hội quy định việc
01/3/2023

75
75

CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024
     75
STT
Văn bản hết hiệu lực
Lý do hết hiệu lực
Ngày hết
hiệu lực
với người lao động làm việc trong điều kiện có yếu tố
nguy hiểm, yếu tố độc hại.
bồi dưỡng bằng hiện vật đối với người lao động
làm việc trong điều kiện có yếu tố nguy hiểm,
yếu tố độc hại.
8
Thông tư số 04/2014/TT-BLĐTBXH ngày 12/02/2014
của Bộ trưởng Bộ Lao động - Thương binh và Xã hội
hướng dẫn thực hiện chế độ trang bị phương tiện bảo vệ
cá nhân.
Được thay thế bởi Thông tư số 25/2022/TT-
BLĐTBXH ngày 30/11/2022 của Bộ trưởng Bộ
Lao động - Thương binh và Xã hội quy định chế
độ trang cấp phương tiện bảo vệ cá nhân trong
lao động.
01/4/2023
9
Thông tư liên tịch số 35/2015/TTLT-BLĐTBXH-BNV
ngày 16/9/2015 của Bộ trưởng Bộ Lao động - Thương
binh và Xã hội quy định mã số và tiêu chuẩn chức danh
ngề nghiệp viên chức chuyên ngành kiểm định kỹ thuật
an toàn lao động.
Được thay thế bởi Thông tư số 30/2022/TT-
BLĐTBXH ngày 28/12/2022 của Bộ trưởng Bộ
Lao động - Thương binh và Xã hội quy định mã
số và tiêu chuẩn chức danh ngề nghiệp viên chức
chuyên ngành kiểm định kỹ thuật an toàn lao động.

13/02/2023
IV. LĨNH VỰC NGƯỜI LAO ĐỘNG VIỆT NAM ĐI LÀM VIỆC Ở NƯỚC NGOÀI
10
Quyết định số 27/2019/QĐ-TTg ngày 09/9/2019 của
Thủ tướng Chính phủ về tín dụng đối với người lao
động tại huyện nghèo đi làm việc ở nước ngoài theo hợp
đồng đến năm 2020
Được bãi bỏ bởi Quyết định số 25/2022/QĐ-TTg
ngày 12/12/2022 của Thủ tướng Chính phủ về
việc bãi bỏ một số văn bản quy phạm pháp luật
của Thủ tướng Chính phủ
12/12/2022
V. LĨNH VỰC BẢO HIỂM XÃ HỘI
11
Nghị định số 55/2016/NĐ-CP ngày 15/6/2016 của Chính
phủ về việc điều chỉnh mức lương hưu, trợ cấp mất sức
lao động, trợ cấp hằng tháng và trợ cấp đối với giáo viên
mầm non có thời gian làm việc trước năm 1995
Được bãi bỏ bởi Nghị định số 110/2022/NĐ-CP
ngày 30/12/2022 của Chính phủ về việc bãi bỏ một
số văn bản quy phạm pháp luật của Chính phủ
30/12/2022

76
76

76
CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024
STT
Văn bản hết hiệu lực
Lý do hết hiệu lực
Ngày hết
hiệu lực
12
Nghị định số 76/2017/NĐ-CP ngày 30/6/2017 của Chính
phủ về việc điều chỉnh lương hưu, trợ cấp bảo hiểm xã
hội và trợ cấp hàng tháng
Được bãi bỏ bởi Nghị định số 110/2022/NĐ-CP
ngày 30/12/2022 của Chính phủ về việc bãi bỏ một
số văn bản quy phạm pháp luật của Chính phủ
30/12/2022
13
Nghị định số 88/2018/NĐ-CP ngày 15/6/2018 của
Chính phủ về việc điều chỉnh lương hưu, trợ cấp bảo
hiểm xã hội và trợ cấp hàng tháng
Được bãi bỏ bởi Nghị định số 110/2022/NĐ-CP
ngày 30/12/2022 của Chính phủ về việc bãi bỏ
một số văn bản quy phạm pháp luật của Chính phủ
30/12/2022
14
Nghị định số 108/2021/NĐ-CP ngày 07/12/2021 của
Chính phủ về việc điều chỉnh lương hưu, trợ cấp bảo
hiểm xã hội và trợ cấp hằng tháng
Được thay thế bởi Nghị định số 42/2023/NĐ-CP
ngày 29/6/2023 quy định điều chỉnh lương hưu,
trợ cấp bảo hiểm xã hội và trợ cấp hàng tháng
14/8/2023
15
Thông tư số 36/2021/TT-BLĐTBXH ngày 31/12/2021
của Bộ trưởng Bộ Lao động - Thương binh và Xã hội
quy định mức điều chỉnh tiền lương và thu nhập tháng
đã đóng bảo hiểm xã hội hết hiệu lực thi hành kể từ
ngày Thông tư này có hiệu lực thi hành.
Được thay thế bởi Thông tư số 01/2023/TT-
BLĐTBXH ngày 03/01/2023 của Bộ trưởng Bộ
Lao động - Thương binh và Xã hội quy định mức
điều chỉnh tiền lương và thu nhập tháng đã đóng
bảo hiểm xã hội.
20/02/2023
VI. LĨNH VỰC NGƯỜI CÓ CÔNG
16
Quyết định số 20/2000/QĐ-TTg ngày 03/02/2000 của
Thủ tướng Chính phủ về việc hỗ trợ người hoạt động
cách mạng từ trước cách mạng tháng 8 năm 1945 cải
thiện nhà ở
Được bãi bỏ bởi Quyết định số 32/2023/QĐ-TTg
ngày 21/12/2023 của Thủ tướng Chính phủ bãi
bỏ toàn bộ hoặc một phần một số văn bản quy
phạm pháp luật của Thủ tướng Chính phủ
21/12/2023
17
Quyết định số 117/2007/QĐ-TTg ngày 25/7/2007 của
Thủ tướng Chính phủ về việc sửa đổi, bổ sung một số
điều của Quyết định số 118/TTg ngày 27/02/1996 của
Thủ tướng Chính phủ về việc hỗ trợ người có công với
Được bãi bỏ bởi Quyết định số 32/2023/QĐ-TTg
ngày 21/12/2023 của Thủ tướng Chính phủ bãi
bỏ toàn bộ hoặc một phần một số văn bản quy
phạm pháp luật của Thủ tướng Chính phủ
21/12/2023

77
77

CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024
     77
STT
Văn bản hết hiệu lực
Lý do hết hiệu lực
Ngày hết
hiệu lực
cách mạng cải thiện nhà ở và Điều 3 Quyết định số
20/2000/QĐ-TTg ngày 03/02/2000 của Thủ tướng
Chính phủ về việc hỗ trợ người hoạt động cách mạng từ
trước Cách mạng tháng Tám năm 1945 cải thiện nhà ở""",
    [("25/2013/TT-BLĐTBXH", "2013-10-18"), ("24/2022/TT-BLĐTBXH", "2022-11-30"),
     ("04/2014/TT-BLĐTBXH", "2014-02-12"), ("25/2022/TT-BLĐTBXH", "2022-11-30"),
     ("35/2015/TTLT-BLĐTBXH-BNV", "2015-09-16"), ("30/2022/TT-BLĐTBXH", "2022-12-28"),
     ("27/2019/QĐ-TTg", "2019-09-09"), ("25/2022/QĐ-TTg", "2022-12-12"),
     ("55/2016/NĐ-CP", "2016-06-15"), ("110/2022/NĐ-CP", "2022-12-30"),
     ("76/2017/NĐ-CP", "2017-06-30"), ("110/2022/NĐ-CP", "2022-12-30"),
     ("88/2018/NĐ-CP", "2018-06-15"), ("110/2022/NĐ-CP", "2022-12-30"),
     ("108/2021/NĐ-CP", "2021-12-07"), ("42/2023/NĐ-CP", "2023-06-29"),
     ("36/2021/TT-BLĐTBXH", "2021-12-31"), ("01/2023/TT-BLĐTBXH", "2023-01-03"),
     ("20/2000/QĐ-TTg", "2000-02-03"), ("32/2023/QĐ-TTg", "2023-12-21"),
     ("117/2007/QĐ-TTg", "2007-07-25"), ("118/TTg", "1996-02-27"), ("32/2023/QĐ-TTg", "2023-12-21"),
     ("20/2000/QĐ-TTg", "2000-02-03")])

# ---------------------------------------------------------------- the Labour Ministry's consolidated text of a decree (Công báo PDF text)
add(HR + "docs/cong_doan/van-ban-hop-nhat-so-1166-vbhn-bldtbxh-41572.txt",
    "a ministry's consolidated text (văn bản hợp nhất) as Official Gazette PDF text: no number in the header, the consolidated decree and the two amending decrees each named again and again with dates in words, effective dates ('có hiệu lực từ ngày …'), the gazette's digital-signature block ('Thời gian ký: 15.04.2024 09:19:42'), a footnote quoting the amending decrees' preambles",
    """CÔNG BÁO/Số 497 + 498/Ngày 10-4-2024
79


VĂN BẢN HỢP NHẤT -
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI


CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
NGHỊ ĐỊNH
Thực hiện thí điểm quản lý lao động, tiền lương, tiền thưởng
đối với một số tập đoàn kinh tế, tổng công ty nhà nước

Nghị định số 20/2020/NĐ-CP ngày 17 tháng 02 năm 2020 của Chính phủ thực
hiện thí điểm quản lý lao động, tiền lương, tiền thưởng đối với một số tập đoàn
kinh tế, tổng công ty nhà nước, có hiệu lực từ ngày 01 tháng 4 năm 2020, được sửa
đổi, bổ sung bởi:
1. Nghị định số 87/2021/NĐ-CP ngày 29 tháng 9 năm 2021 của Chính phủ về
kéo dài thời gian thực hiện và sửa đổi, bổ sung một số điều của Nghị định số
20/2020/NĐ-CP ngày 17 tháng 02 năm 2020 của Chính phủ thực hiện thí điểm
quản lý lao động, tiền lương, tiền thưởng đối với một số tập đoàn kinh tế, tổng
công ty nhà nước, có hiệu lực từ ngày 29 tháng 9 năm 2021.
2. Nghị định số 64/2023/NĐ-CP ngày 23 tháng 8 năm 2023 của Chính phủ bổ
sung Nghị định số 87/2021/NĐ-CP ngày 29 tháng 9 năm 2021 của Chính phủ về
kéo dài thời gian thực hiện và sửa đổi, bổ sung một số điều của Nghị định số
20/2020/NĐ-CP ngày 17 tháng 02 năm 2020 của Chính phủ thực hiện thí điểm
quản lý lao động, tiền lương, tiền thưởng đối với một số tập đoàn kinh tế, tổng
công ty nhà nước, có hiệu lực từ ngày 23 tháng 8 năm 2023.
[…]
Căn cứ Luật Doanh nghiệp ngày 26 tháng 11 năm 2014;
Căn cứ Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh
tại doanh nghiệp ngày 26 tháng 11 năm 2014;
Theo đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;
Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ
Email: thongtinchinhphu@chinhphu.vn
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Thời gian ký: 15.04.2024 09:19:42 +07:00


80
CÔNG BÁO/Số 497 + 498/Ngày 10-4-2024


Chính phủ ban hành Nghị định thực hiện thí điểm quản lý lao động, tiền lương,
tiền thưởng đối với một số tập đoàn kinh tế, tổng công ty nhà nước1.

1 (i) Nghị định số 87/2021/NĐ-CP ngày 29 tháng 9 năm 2021 của Chính phủ về kéo dài thời
gian thực hiện và sửa đổi, bổ sung một số điều của Nghị định số 20/2020/NĐ-CP ngày 17 tháng 02
năm 2020 của Chính phủ thực hiện thí điểm quản lý lao động, tiền lương, tiền thưởng đối với
một số tập đoàn kinh tế, tổng công ty nhà nước có căn cứ ban hành như sau:
“[…]
Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp
ngày 26 tháng 11 năm 2014;
Theo đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;
Chính phủ ban hành Nghị định về kéo dài thời gian thực hiện và sửa đổi, bổ sung một số
điều của Nghị định số 20/2020/NĐ-CP ngày 17 tháng 02 năm 2020 của Chính phủ thực hiện
thí điểm quản lý lao động, tiền lương, tiền thưởng đối với một số tập đoàn kinh tế, tổng công ty
nhà nước.”
(ii) Nghị định số 64/2023/NĐ-CP ngày 23 tháng 8 năm 2023 của Chính phủ bổ sung Nghị
định số 87/2021/NĐ-CP ngày 29 tháng 9 năm 2021 của Chính phủ về kéo dài thời gian thực hiện
và sửa đổi, bổ sung một số điều của Nghị định số 20/2020/NĐ-CP ngày 17 tháng 02 năm 2020
của Chính phủ thực hiện thí điểm quản lý lao động, tiền lương, tiền thưởng đối với một số tập
đoàn kinh tế, tổng công ty nhà nước có căn cứ ban hành như sau:
“[…]
Căn cứ Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh
nghiệp ngày 26 tháng 11 năm 2014;
Theo đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;
Chính phủ ban hành Nghị định bổ sung Nghị định số 87/2021/NĐ-CP ngày 29 tháng 9
năm 2021 của Chính phủ về kéo dài thời gian thực hiện và sửa đổi, bổ sung một số điều của
Nghị định số 20/2020/NĐ-CP ngày 17 tháng 02 năm 2020 của Chính phủ thực hiện thí điểm
quản lý lao động, tiền lương, tiền thưởng đối với một số tập đoàn kinh tế, tổng công ty nhà nước.”""",
    [("20/2020/NĐ-CP", "2020-02-17"), ("87/2021/NĐ-CP", "2021-09-29"), ("20/2020/NĐ-CP", "2020-02-17"),
     ("64/2023/NĐ-CP", "2023-08-23"), ("87/2021/NĐ-CP", "2021-09-29"), ("20/2020/NĐ-CP", "2020-02-17"),
     ("87/2021/NĐ-CP", "2021-09-29"), ("20/2020/NĐ-CP", "2020-02-17"), ("20/2020/NĐ-CP", "2020-02-17"),
     ("64/2023/NĐ-CP", "2023-08-23"), ("87/2021/NĐ-CP", "2021-09-29"), ("20/2020/NĐ-CP", "2020-02-17"),
     ("87/2021/NĐ-CP", "2021-09-29"), ("20/2020/NĐ-CP", "2020-02-17")])

# ---------------------------------------------------------------- the Labour Ministry's circular 01/2024/TT-BLĐTBXH (Công báo PDF text)
add(HR + "docs/cong_doan/thong-tu-so-01-2024-tt-bldtbxh-41332.txt",
    "a ministry's circular as Official Gazette PDF text: the national motto before 'Số:', the place-date on the next line, decrees dated in words broken across lines, a circular named again without date ('Thông tư số 12/2017/TT-BLĐTBXH.'), 'Thông tư' and 'số' split by a line break",
    """CÔNG BÁO/Số 367 + 368/Ngày 01-3-2024
69

BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI


BỘ LAO ĐỘNG - THƯƠNG BINH
VÀ XÃ HỘI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 01/2024/TT-BLĐTBXH
Hà Nội, ngày 19 tháng 02 năm 2024

THÔNG TƯ
Quy định quy trình xây dựng, thẩm định và ban hành chương trình đào tạo;
tổ chức biên soạn, lựa chọn, thẩm định, duyệt và sử dụng giáo trình
trình độ trung cấp, trình độ cao đẳng

Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;
Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ
quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động -
Thương binh và Xã hội;
Căn cứ Nghị định số 15/2019/NĐ-CP ngày 01 tháng 02 năm 2019 của Chính phủ
quy định chi tiết một số điều và biện pháp thi hành Luật giáo dục nghề nghiệp;
Theo đề nghị của Tổng cục trưởng Tổng cục Giáo dục nghề nghiệp,
Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư quy định
về quy trình xây dựng, thẩm định và ban hành chương trình đào tạo trình độ trung
cấp, trình độ cao đẳng; tổ chức biên soạn, lựa chọn, thẩm định, duyệt và sử dụng
giáo trình.

Chương I
NHỮNG QUY ĐỊNH CHUNG
[…]
Điều 3. Yêu cầu đối với chương trình đào tạo
1. Chương trình đào tạo phải đáp ứng quy định về khối lượng kiến thức
tối thiểu, yêu cầu về năng lực mà người học đạt được sau khi tốt nghiệp theo
từng ngành, nghề và trình độ đào tạo. Đối với những ngành, nghề chưa ban
hành quy định khối lượng kiến thức tối thiểu, yêu cầu về năng lực mà người
học đạt được sau khi tốt nghiệp thì phải đảm bảo đáp ứng quy định tại Thông tư
số 12/2017/TT-BLĐTBXH ngày 20 tháng 4 năm 2017 của Bộ trưởng Bộ Lao
động - Thương binh và Xã hội quy định khối lượng kiến thức tối thiểu, yêu cầu
về năng lực mà người học đạt được sau khi tốt nghiệp trình độ trung cấp, trình
độ cao đẳng; Thông tư số 04/2023/TT-BLĐTBXH ngày 15 tháng 6 năm 2023
sửa đổi, bổ sung một số điều của Thông tư số 12/2017/TT-BLĐTBXH.""",
    [("01/2024/TT-BLĐTBXH", "2024-02-19"), ("62/2022/NĐ-CP", "2022-09-12"), ("15/2019/NĐ-CP", "2019-02-01"),
     ("12/2017/TT-BLĐTBXH", "2017-04-20"), ("04/2023/TT-BLĐTBXH", "2023-06-15"), ("12/2017/TT-BLĐTBXH", "2017-04-20")])

# ---------------------------------------------------------------- the Government's resolution 113/NQ-CP (Công báo PDF text)
add(HR + "docs/bhxh/nghi-quyet-so-113-nq-cp-469448.txt",
    "a Government resolution as Official Gazette PDF text: underscores under the issuer, the minister's submission dated in words across a line break, two decrees (one amending the other) named with dates and once more without",
    """CÔNG BÁO/Số 271/Ngày 12-05-2026
84


CHÍNH PHỦ
___________

Số: 113/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
_______________________________________
Hà Nội, ngày 25 tháng 4 năm 2026

NGHỊ QUYẾT
Về thanh toán các chi phí khám bệnh, chữa bệnh bảo hiểm y tế
vượt dự toán, vượt tổng mức thanh toán giai đoạn năm 2018 - 2022


CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật sửa đổi,
bổ sung một số điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014; Luật
sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế ngày 27 tháng 11 năm
2024;
Theo đề nghị của Bộ trưởng Bộ Y tế tại Tờ trình số 609/TTr-BYT ngày
13 tháng 4 năm 2026;
Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ.

QUYẾT NGHỊ:
Điều 1. Các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán,
vượt tổng mức thanh toán giai đoạn năm 2018 - 2022 được thanh toán từ nguồn
dự phòng của Quỹ bảo hiểm y tế, trong đó:
1. Đối với các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán
được Thủ tướng Chính phủ giao giai đoạn năm 2018-2022, giao Bảo hiểm xã
hội Việt Nam tổ chức thực hiện thanh toán cho cơ sở khám bệnh, chữa bệnh
theo quy định tại Nghị định số 146/2018/NĐ-CP ngày 17 tháng 10 năm 2018
của Chính phủ quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của
Luật Bảo hiểm y tế.
2. Đối với các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt tổng mức
thanh toán giai đoạn năm 2019-2022, Bảo hiểm xã hội Việt Nam khẩn trương
tổ chức thực hiện thanh toán cho cơ sở khám bệnh, chữa bệnh theo quy định tại
Nghị định số 75/2023/NĐ-CP ngày 19 tháng 10 năm 2023 của Chính phủ sửa
đổi, bổ sung một số điều của Nghị định số 146/2018/NĐ-CP ngày 17 tháng 10
năm 2018 của Chính phủ quy định chi tiết và hướng dẫn biện pháp thi hành một
số điều của Luật Bảo hiểm y tế.""",
    [("113/NQ-CP", "2026-04-25"), ("609/TTr-BYT", "2026-04-13"), ("146/2018/NĐ-CP", "2018-10-17"),
     ("75/2023/NĐ-CP", "2023-10-19"), ("146/2018/NĐ-CP", "2018-10-17")])

# ---------------------------------------------------------------- the Prime Minister's decision 798/QĐ-TTg (Công báo PDF text)
add(HR + "docs/bhxh/quyet-dinh-so-798-qd-ttg-469485.txt",
    "a Prime Minister's decision as Official Gazette PDF text: a run of spaces inside a preamble line ('của        Thủ tướng'), two decisions of the Prime Minister in the preamble, the replaced decision dated in words across a line break in the last article",
    """CÔNG BÁO/Số 281/Ngày 21-05-2026
99


THỦ TƯỚNG CHÍNH PHỦ
______________

Số: 798/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
_______________________________________________
Hà Nội, ngày 05 tháng 5 năm 2026

QUYẾT ĐỊNH
Kiện toàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương,
bảo hiểm xã hội và ưu đãi người có công

THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Căn cứ Quyết định số 666/QĐ-TTg ngày 09 tháng 4 năm 2026 của        
Thủ tướng Chính phủ về việc phân công công tác của Thủ tướng Chính phủ và
các Phó Thủ tướng Chính phủ;
Căn cứ Quyết định số 23/2023/QĐ-TTg ngày 18 tháng 9 năm 2023 của
Thủ tướng Chính phủ […];
[…]
Điều 6. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết
định số 1480/QĐ-TTg ngày 03 tháng 7 năm 2025 của Thủ tướng Chính phủ kiện
toàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội
và ưu đãi người có công.""",
    [("798/QĐ-TTg", "2026-05-05"), ("666/QĐ-TTg", "2026-04-09"), ("23/2023/QĐ-TTg", "2023-09-18"),
     ("1480/QĐ-TTg", "2025-07-03")])

# ---------------------------------------------------------------- the Government's resolution 03/NQ-CP as Markdown
add("https://github.com/thetrungdtt/VNMasterplan/blob/a0415d4322876339968b8c50356623a726cc2b77/NQCP03/Kehoachgoc.md",
    "a Government resolution transcribed as Markdown: the issuer and the national motto on one '#' heading line, 'Số:' and the place-date on two lines ending in two spaces, a Politburo resolution named nine times (dated in words each time but two: 'sau đây gọi tắt là Nghị quyết số 57-NQ/TW', 'thực hiện Nghị quyết số 57-NQ/TW,'), two ministries' joint submission and letter ('04/TTr-BKHCN-BTTTT', '83/BKHCN-BTTTT-VP'), the action programme's 'Kèm theo' line in '*…*'",
    """# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc

Số: 03/NQ-CP  
Hà Nội, ngày 09 tháng 01 năm 2025

# NGHỊ QUYẾT
## Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia

# CHÍNH PHỦ

[…]

Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;

Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ và Bộ trưởng Bộ Thông tin và Truyền thông tại Tờ trình số 04/TTr-BKHCN-BTTTT ngày 02 tháng 01 năm 2025 và công văn số 83/BKHCN-BTTTT-VP ngày 08 tháng 01 năm 2025 về Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;

Trên cơ sở kết quả biểu quyết của Thành viên Chính phủ.

# QUYẾT NGHỊ:

**Điều 1.** Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

**Điều 2.** Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.
[…]
# CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ
*Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia*

*(Kèm theo Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ)*

## I. MỤC TIÊU

1. Tổ chức thể chế hóa và thực hiện đầy đủ các quan điểm, mục tiêu, nhiệm vụ và giải pháp đã đề ra trong Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (sau đây gọi tắt là Nghị quyết số 57-NQ/TW).

2. Xác định nhiệm vụ cụ thể để các Bộ, ngành, địa phương xây dựng kế hoạch hành động, tổ chức triển khai, kiểm tra, giám sát, đánh giá việc thực hiện Nghị quyết số 57-NQ/TW, hiện thực hóa mục tiêu đưa khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia là đột phá quan trọng hàng đầu, là động lực chính để phát triển nhanh lực lượng sản xuất hiện đại.""",
    [("03/NQ-CP", "2025-01-09"), ("57-NQ/TW", "2024-12-22"), ("57-NQ/TW", "2024-12-22"),
     ("04/TTr-BKHCN-BTTTT", "2025-01-02"), ("83/BKHCN-BTTTT-VP", "2025-01-08"), ("57-NQ/TW", "2024-12-22"),
     ("57-NQ/TW", "2024-12-22"), ("57-NQ/TW", "2024-12-22"), ("03/NQ-CP", "2025-01-09"),
     ("57-NQ/TW", "2024-12-22"), ("57-NQ/TW", "2024-12-22"), ("57-NQ/TW", "2024-12-22")])

# ---------------------------------------------------------------- the NA Standing Committee's resolution 1673/NQ-UBTVQH15 as pandoc Markdown
add("https://github.com/dvhcvn/20250701/blob/1fe34bb35376aaad83e1179df87a6a92c33c3410/input/docs/1673_NQ-UBTVQH15.md",
    "a National Assembly Standing Committee resolution converted by pandoc: the header as a simple table with '\\\\' line ends and '\\-' rules, the symbol and the italic place-date on one row, italics closed and reopened around every symbol ('*Nghị quyết số* *203/2025/QH15;*'), laws and resolutions without dates, a submission and a scheme sharing one date ('Tờ trình số 388/TTr-CP và Đề án số 389/ĐA-CP ngày …', the date labelled on the scheme only), an examining report",
    r"""  ----------------------- -----------------------------------------------
    **ỦY BAN THƯỜNG VỤ\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\
         QUỐC HỘI\                 Độc lập - Tự do - Hạnh phúc\
     \-\-\-\-\-\-\--**            \-\-\-\-\-\-\-\-\-\-\-\-\-\--**

   Số: 1673/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*
  ----------------------- -----------------------------------------------

** **

**NGHỊ QUYẾT**

VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LÀO CAI NĂM 2025

**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

*Căn cứ* *Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa
đổi, bổ sung một số điều theo Nghị quyết số* *203/2025/QH15;*

*Căn cứ* *Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

*Căn cứ Nghị quyết số* *202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc
hội về sắp xếp đơn vị hành chính cấp tỉnh;*

*Căn cứ Nghị quyết số* *76/2025/UBTVQH15 ngày 14 tháng 4 năm 2025 của Ủy
ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính năm 2025;*

*Xét đề nghị của Chính phủ tại Tờ trình số 388/TTr-CP và Đề án số
389/ĐA-CP ngày 09 tháng 5 năm 2025, Báo cáo thẩm tra số
432/BC-UBPLTP15 ngày 03 tháng 6 năm 2025 của Ủy ban Pháp luật và Tư
pháp,*

**QUYẾT NGHỊ:**

**Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Lào Cai**

Trên cơ sở Đề án số 389/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ về
sắp xếp đơn vị hành chính cấp xã của tỉnh Lào Cai (mới) năm 2025, Ủy ban
Thường vụ Quốc hội quyết định sắp xếp để thành lập các đơn vị hành chính
cấp xã của tỉnh Lào Cai như sau:

1\. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã Hồ Bốn và
xã Khao Mang thành xã mới có tên gọi là **xã Khao Mang**.""",
    [("1673/NQ-UBTVQH15", "2025-06-16"), ("203/2025/QH15", None), ("72/2025/QH15", None),
     ("202/2025/QH15", "2025-06-12"), ("76/2025/UBTVQH15", "2025-04-14"), ("388/TTr-CP", None),
     ("389/ĐA-CP", "2025-05-09"), ("432/BC-UBPLTP15", "2025-06-03"), ("389/ĐA-CP", "2025-05-09")])

# ---------------------------------------------------------------- a provincial department's contest rules inside JSX
add("github:find_string-id:33597833417#the-le",
    "a provincial information department's online-contest rules kept in a React page (JSX): the rules' own number in parentheses ('Thể lệ số 227/TL-BTC ngày …'), the chairman's plan and the department director's decision, then a '<li>' list of the Prime Minister's and the ministry's decisions, each broken over lines by the source's wrapping, one without 'số' ('Quyết định 942/QĐ-TTg ngày …')",
    """const TabContent1 = () => (
  <div className="mt-8 text-[#181818]">
    <span className="text-base font-medium ">
      Cuộc thi trực tuyến tìm hiểu về thông tin đối ngoại Thành phố Hà Nội năm
      2024
    </span>
    <p className="text-base font-medium ">
      (Thể lệ số 227/TL-BTC ngày 29/8/2024 của Ban Tổ chức “Cuộc thi trực tuyến
      tìm hiểu về chuyển đổi số thành phố Hà Nội” năm 2024)
    </p>
    <p className="mt-4 text-[15px] leading-6 ">
      Triển khai thực hiện Kế hoạch số 171/KH-UBND ngày 06/8/2024 của Chủ tịch
      UBND tỉnh về Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số
      quốc gia năm 2024 trên địa bàn thành phố Hà Nội.
    </p>

    <p className="mb-6 text-[15px] leading-6">
      Quyết định số 225/QĐ-STTTT ngày 28/8/2024 của Giám đốc Sở Thông tin và
      Truyền thông về thành lập Ban Tổ chức và Tổ Giúp việc cho Ban Tổ chức Cuộc
      thi trực tuyến tìm hiểu về chuyển đổi số Thành phố Hà Nội năm 2024, Ban Tổ
      chức Cuộc thi ban hành Thể lệ với những nội dung cụ thể như sau:
    </p>
[…]
    <ul className="list-disc pl-6 space-y-2 mb-6 text-[15px] leading-6">
      <li>
        Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về phê
        duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến
        năm 2025;
      </li>
      <li>
        Quyết định 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ về phê
        duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số
        giai đoạn 2021-2025, định hướng đến năm 2030;
      </li>
      <li>
        Quyết định số 146/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ về phê
        duyệt Đề án “Nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn
        nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”;
      </li>
      <li>
        Quyết định số 186/QĐ-BTTTT ngày 11/02/2022 của Bộ Thông tin và Truyền
        thông về phê duyệt Chương trình thúc đẩy phát triển và sử dụng các nền
        tảng số quốc gia phục vụ chuyển đổi số, phát triển chính phủ số, kinh tế
        số, xã hội số.
      </li>
      <li>
        Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ: Phê
        duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm
        2025, định hướng đến năm 2030
      </li>
      <li>
        Quyết định số 922/QĐ-BTTTT ngày 20/5/2022 của Bộ Thông tin và Truyền
        thông về phê duyệt Đề án “Xác định Bộ chỉ số đánh giá chuyển đổi số của
        các bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, các tỉnh, thành phố
        trực thuộc Trung ương và của Quốc gia”.
      </li>
      <li>
        Quyết định số 377/QĐ-BTTTT ngày 26/3/2021 của Bộ Thông tin và Truyền
        thông về phê duyệt Chương trình hỗ trợ doanh nghiệp nhỏ và vừa.
      </li>""",
    [("227/TL-BTC", "2024-08-29"), ("171/KH-UBND", "2024-08-06"), ("225/QĐ-STTTT", "2024-08-28"),
     ("749/QĐ-TTg", "2020-06-03"), ("942/QĐ-TTg", "2021-06-15"), ("146/QĐ-TTg", "2022-01-28"),
     ("186/QĐ-BTTTT", "2022-02-11"), ("411/QĐ-TTg", "2022-03-31"), ("922/QĐ-BTTTT", "2022-05-20"),
     ("377/QĐ-BTTTT", "2021-03-26")])

add("github:find_string-id:33597833417#tinh-uy-ubnd",
    "the same contest rules' list further on: the provincial Party standing committee's resolution ('Nghị Quyết số 06-NQ/TU ngày …', an upper-case Q) named three times, the provincial committee's directive, plans, programme and decisions with and without the issuer, dates with a leading zero in the month ('25/03/2022', '18/03/2024'), a misspelt place word ('đia bàn')",
    """      <li>
        Nghị Quyết số 06-NQ/TU ngày 10/11/2021 về chuyển đổi số trên địa bàn
        tỉnh Thanh Hóa đến năm 2025, định hướng đến năm 2030;
      </li>
      <li>
        Chỉ thị số 06/CT-UBND ngày 16/5/2022 về phát triển chính quyền điện tử
        hướng tới chính quyền số, kinh tế số và xã hội số;
      </li>
      <li>
        Kế hoạch số 85/KH-UBND ngày 25/03/2022 của UBND tỉnh về truyền thông
        thực hiện Nghị quyết số 06-NQ/TU ngày 10/11/2021 của Ban Thường vụ Tỉnh
        ủy tỉnh về chuyển đổi số trên địa bàn tỉnh Thanh Hóa đến năm 2025, định
        hướng đến năm 2030.
      </li>
      <li>
        Quyết định số 176/QĐ-UBND ngày 10/01/2022 của UBND tỉnh về Chương trình
        hành động thực hiện Nghị quyết số 06-NQ/TU ngày 10/11/2021 của Ban
        Thường vụ Tỉnh uỷ về chuyển đổi số tỉnh Thanh Hóa đến năm 2025, định
        hướng đến năm 2030;
      </li>
      <li>
        Quyết định số 969/QĐ-UBND ngày 18/3/2022 của Chủ tịch UBND tỉnh về giao
        chỉ tiêu hoàn thành chuyển đổi số cấp huyện, cấp xã trên địa bàn tỉnh
        Thanh Hóa giai đoạn 2022-2025; 
      </li>
      <li>
        Kế hoạch số 53/KH-UBND ngày 03/3/2022 của Chủ tịch UBND tỉnh về thực
        hiện Đề án “Nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân
        lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030” trên
        địa bàn tỉnh Thanh Hóa;
      </li>
      <li>
        Chương trình số 54/CTr-UBND ngày 03/3/2022 của Chủ tịch UBND tỉnh về
        thực hiện Chương trình xác định Chỉ số đánh giá mức độ chuyển đổi số
        doanh nghiệp và hỗ trợ thúc đẩy doanh nghiệp chuyển đổi số trên địa bàn
        tỉnh Thanh Hóa;
      </li>
      <li>
        Kế hoạch số 78/KH-UBND ngày 21/3/2022 của Chủ tịch UBND tỉnh về triển
        khai thực hiện “Chương trình thúc đẩy phát triển và sử dụng nền tảng số
        quốc gia phục vụ chuyển đổi số, phát triển chính phủ số, kinh tế số, xã
        hội số” trên địa bàn tỉnh Thanh Hóa;
      </li>
      <li>
        Kế hoạch số 106/KH-UBND ngày 12/4/2022 về triển khai thực hiện Đề án
        phát triển thanh toán không dùng tiền mặt trên địa bàn tỉnh Thanh Hoá
        giai đoạn 2021-2025;
      </li>
      <li>
        Kế hoạch số 97/KH-UBND ngày 05/4/2022 về ban hành Kế hoạch Hỗ trợ, thúc
        đẩy chuyển đổi số, thanh toán không dùng tiền mặt trong các trường học,
        cơ sở giáo dục và bệnh viện, cơ sở y tế trên địa bàn tỉnh Thanh Hóa.
      </li>
      <li>
        Quyết định số 1829/QĐ-UBND ngày 30/5/2023 về việc ban hành các tiêu chí
        chuyển đổi số cấp xã đến năm 2025 trên địa bàn tỉnh Thanh Hóa;
      </li>
      <li>
        Quyết định số 1042/QĐ-UBND ngày 18/03/2024 về ban hành tạm thời bộ tiêu
        chí chuyển đổi số cấp huyện đến năm 2025 trên đia bàn tỉnh Thanh Hóa;
      </li>
      <li>
        Kế hoạch số 134/KH-UBND ngày 16/5/2022 về triển khai thực hiện phát
        triển kinh tế số và xã hội số giai đoạn 2022-2025, trên địa bàn tỉnh
        Thanh Hóa;
      </li>
      <li>
        Kế hoạch số 77/KH-UBND ngày 28/3/2023 về phát triển doanh nghiệp công
        nghệ số tỉnh Thanh Hóa đến năm 2025 và giai đoạn 2026-2030.
      </li>""",
    [("06-NQ/TU", "2021-11-10"), ("06/CT-UBND", "2022-05-16"), ("85/KH-UBND", "2022-03-25"),
     ("06-NQ/TU", "2021-11-10"), ("176/QĐ-UBND", "2022-01-10"), ("06-NQ/TU", "2021-11-10"),
     ("969/QĐ-UBND", "2022-03-18"), ("53/KH-UBND", "2022-03-03"), ("54/CTr-UBND", "2022-03-03"),
     ("78/KH-UBND", "2022-03-21"), ("106/KH-UBND", "2022-04-12"), ("97/KH-UBND", "2022-04-05"),
     ("1829/QĐ-UBND", "2023-05-30"), ("1042/QĐ-UBND", "2024-03-18"), ("134/KH-UBND", "2022-05-16"),
     ("77/KH-UBND", "2023-03-28")])

# ---------------------------------------------------------------- a city's inspection record generated by PHP (PhpWord)
add("github:find_string-id:40864157#bien-ban-kiem-tra",
    "a city working group's Covid-19 inspection record as the PHP code that writes it (PhpWord 'addtext' calls): the city's plan named three times with two different dates in the same record (12/7/2021 in the preamble, 09/7/2021 in the body, each labelled as written), the city's letter amending the plan, the chairman's decision, a blank meeting time ('ngày ... tháng ... năm ...')",
    """        $table->addCell(4800)->addText('UBND THÀNH PHỐ BẮC GIANG', $fontStyle_noBold_13, $noSpace, $fontStyle_center);
        $table->addCell(6900)->addText('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', $fontStyle_13, $noSpace, $fontStyle_center);
        $table->addRow();
        $table->addCell(4800)->addText("TỔ CÔNG TÁC", $fontStyle_14, $noSpace_1);
        $table->addCell(6900)->addText("Độc lập - Tự do - Hạnh phúc", $fontStyle_14, $noSpace_1);
        $table->addRow();
        $table->addCell(4800)->addLine($addLine_1);
        $table->addCell(6900)->addLine($addLine_2);
        $section->addtext('BIÊN BẢN KIỂM TRA', $fontStyle_14, $noSpace);
        $section->addtext('Việc thực hiện các điều kiện về phòng, chống dịch Covid-19 tại doanh nghiệp', $fontStyle_14, $noSpace_2);
        $section->addLine(array('weight' => 1, 'width' => 120, 'height' => 0, 'color' => 'black', 'align' => 'center'));
        $section->addtext('     Căn cứ Kế hoạch số 130/KH-UBND ngày 12/7/2021 của UBND thành phố về việc kiểm tra, đánh giá điều kiện sản xuất của doanh nghiệp ngoài khu công nghiệp trên địa bàn thành phố trong trạng thái “Bình thường mới”;', $fontStyle_noBold_14);
        $section->addtext('     Căn cứ Công văn số 2237/UBND-KT ngày 03/8/2021 của UBND thành phố về điều chỉnh một số điều kiện trong Kế hoạch số 130/KH-UBND ngày 12/7/2021 của UBND thành phố;', $fontStyle_noBold_14);
        $section->addtext('     Căn cứ Quyết định số 1962/QĐ-UBND ngày 15/7/2021 của Chủ tịch UBND thành phố về việc kiện toàn Tổ công tác thực hiện kiểm tra công tác phòng, chống dịch Covid-19 tại doanh nghiệp trên địa bàn thành phố;', $fontStyle_noBold_14);
        $section->addtext('     Hôm nay, hồi .... giờ ... phút, ngày ... tháng ... năm ..., tại:', $fontStyle_noBold_14);
        $section->addtext('     - Doanh nghiệp: '.$request->roundOuInfo['ou_name'], $fontStyle_noBold_14);
        $section->addtext('     - Địa chỉ: .................................................', $fontStyle_noBold_14);
[…]
        $noidung = $section->addTextRun();
        $noidung->addtext('     II. NỘI DUNG: ', $fontStyle_13);
        $noidung->addtext('Kiểm tra việc thực hiện 24 điều kiện về công tác phòng, chống dịch bệnh Covid-19 tại doanh nghiệp của UBND thành phố theo: Kế hoạch số 130/KH-UBND ngày 09/7/2021 về việc kiểm tra, đánh giá điều kiện sản xuất của doanh nghiệp ngoài khu công nghiệp trên địa bàn thành phố trong trạng thái “Bình thường mới” và Công văn số 2237/UBND-KT ngày 03/8/2021.', $fontStyle_noBold_14);""",
    [("130/KH-UBND", "2021-07-12"), ("2237/UBND-KT", "2021-08-03"), ("130/KH-UBND", "2021-07-12"),
     ("1962/QĐ-UBND", "2021-07-15"), ("130/KH-UBND", "2021-07-09"), ("2237/UBND-KT", "2021-08-03")])

# ---------------------------------------------------------------- a city Party newspaper's article in an SQL dump
add("github:find_string-id:10956084300#ha-noi-cham-lo-to-chuc-va-can-bo",
    "a city Party newspaper's article (Hà Nội mới) kept as HTML inside an SQL INSERT: the National Assembly's resolution dated 'ngày 29-5-2008', the city Party standing committee's resolution and the city Party committee's programme with hyphenated dates ('ngày 4-7-2017', 'ngày 26-4-2016'), 'tháng 7-2018' and '2015-2020' (no references), quotes escaped with backslashes",
    """(4, 'Hà Nội chăm lo tổ chức và cán bộ theo lời Bác dặn', 'ha-noi-cham-lo-to-chuc-va-can-bo-theo-loi-bac-dan', '<p style=\\"text-rendering: geometricprecision; font-size: 18px; line-height: inherit; margin-bottom: 0px; padding: 15px 0px 0px; text-align: justify;\\"><strong style=\\"letter-spacing: 0px; text-rendering: geometricprecision;\\">(HNM) - Tư tưởng Hồ Chí Minh về công tác tổ chức xây dựng Đảng và công tác cán bộ là định hướng lớn cho các cấp ủy Đảng từ Trung ương đến cơ sở, trong đó Đảng bộ thành phố Hà Nội luôn xác định phải gương mẫu đi đầu, nỗ lực thực hiện hiệu quả nhất.</strong></p>[…]<p style=\\"text-rendering: geometricprecision; font-size: 18px; line-height: inherit; margin-bottom: 0px; padding: 15px 0px 0px; text-align: justify;\\">Nhiều người vẫn chưa quên thời điểm triển khai thực hiện Nghị quyết số 15/2008/QH12 ngày 29-5-2008 của Quốc hội khóa XII về “Điều chỉnh địa giới hành chính thành phố Hà Nội và một số tỉnh có liên quan”. Lúc này, Hà Nội đứng trước bài toán hóc búa về công tác nhân sự khi bộ máy của thành phố Hà Nội (cũ) và tỉnh Hà Tây (cũ) hợp nhất lại.</p>[…]<p style=\\"text-rendering: geometricprecision; font-size: 18px; line-height: inherit; margin-bottom: 0px; padding: 15px 0px 0px; text-align: justify;\\">Để bảo đảm xây dựng Đảng vững chắc về mặt tổ chức, một mặt chỉ đạo xây dựng và hoàn thiện quy chế, quy trình công tác, Ban Thường vụ Thành ủy Hà Nội ban hành Nghị quyết số 15-NQ/TU ngày 4-7-2017 về “Xây dựng tổ chức cơ sở Đảng trong sạch, vững mạnh, củng cố cơ sở Đảng yếu kém; giải quyết các vấn đề phức tạp về an ninh chính trị, trật tự&nbsp;an toàn xã hội trên địa bàn xã, phường, thị trấn thuộc thành phố Hà Nội”. Nhờ đó, Hà Nội đã thống kê được những tổ chức cơ sở Đảng yếu kém, có khó khăn trong toàn Đảng bộ thành phố.</p>[…]<p style=\\"text-rendering: geometricprecision; font-size: 18px; line-height: inherit; margin-bottom: 0px; padding: 15px 0px 0px; text-align: justify;\\">Hà Nội còn thực hiện đánh giá cán bộ hằng tháng với thang điểm 100 trong toàn hệ thống chính trị từ tháng 7-2018; khắc phục cơ bản tình trạng cào bằng, tạo động lực phấn đấu cho đội ngũ cán bộ các cấp.</p>[…]<p style=\\"text-rendering: geometricprecision; font-size: 18px; line-height: inherit; margin-bottom: 0px; padding: 15px 0px 0px; text-align: justify;\\">Trước tình hình đó, Thành ủy Hà Nội yêu cầu, trong năm cuối của nhiệm kỳ 2015-2020, các cấp ủy Đảng tiếp tục tập trung thực hiện đồng bộ, quyết liệt các giải pháp của Chương trình số 01-CTr/TU ngày 26-4-2016 của Thành ủy về “Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức Đảng và chất lượng đội ngũ cán bộ, đảng viên trong toàn Đảng bộ; tiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XI) tạo chuyển biến mạnh về công tác xây dựng, chỉnh đốn Đảng; xây dựng hệ thống chính trị các cấp thực sự trong sạch, vững mạnh giai đoạn 2016-2020”.</p>', '2020-05-16 17:20:17', '2020-05-17 02:45:46', 'http://hanoimoi.com.vn/Uploads/images/phananh/2020/05/17/4LeLai-VietThanh.jpg'),""",
    [("15/2008/QH12", "2008-05-29"), ("15-NQ/TU", "2017-07-04"), ("01-CTr/TU", "2016-04-26")])

# ---------------------------------------------------------------- a provincial decision template inside PHP (HTML entities)
add("github:find_string-id:21140174943#getQuyetDinhCKE",
    "a provincial chairman's award-decision template kept as HTML in a PHP string, quotes written as '&#34;': a blank header number ('Số: .....&nbsp;') and a blank date, a decree and the provincial committee's decision in the preamble, a blank submission number and date ('Tờ trình số ……….. &nbsp;ngày …'), a blank 'Kèm theo quyết định số ....' line (no references)",
    """    $a_qd['QUYETDINH'] = "<figure class=&#34;table&#34;><table>
            <tbody>
                <tr><td><strong>ỦY BAN NHÂN DÂN</strong></td><td><p style=&#34;text-align:center;&#34;><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p></td></tr>
                <tr><td><strong>TỈNH QUẢNG BÌNH</strong></td><td><p style=&#34;text-align:center;&#34;><strong>Độc lập - Tự do - Hạnh phúc</strong></p></td></tr>
                <tr><td>Số: .....&nbsp;</td><td><p style=&#34;text-align:right;&#34;><i>Quảng Bình, ngày..... tháng ...... năm ........</i></p></td></tr>
                </tbody>
            </table></figure>
            <h2 style=&#34;text-align:center;&#34;><strong>QUYẾT ĐỊNH</strong></h2>
            <h4 style=&#34;text-align:center;&#34;>[noidung]</h4>
            <p style=&#34;text-align:center;&#34;><strong>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH</strong></p>
            <p style=&#34;margin-left:40px;text-align:justify;&#34;>Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19/6/2015;</p>
            <p style=&#34;margin-left:40px;text-align:justify;&#34;>Căn cứ Luật Thi đua, Khen thưởng ngày 26/11/2003 và Luật sửa đổi, bổ sung một số Điều của Luật Thi đua, Khen thưởng ngày 16/11 /2013;</p>
            <p style=&#34;margin-left:40px;text-align:justify;&#34;>Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số Điều của Luật thi đua, khen thưởng;</p>
            <p style=&#34;margin-left:40px;text-align:justify;&#34;>Căn cứ Quyết định số 35/2019/QĐ-UBND ngày 11/11/2019 của UBND Tỉnh ban hành quy chế Quy chế Thi đua, khen thưởng Tỉnh Quảng Bình;</p>
            <p style=&#34;margin-left:40px;text-align:justify;&#34;>Xét đề nghị của ………………………………………………………; đề nghị của Trưởng Ban Thi đua Khen thưởng tỉnh tại Tờ trình số ……….. &nbsp;ngày ………………….,&nbsp;</p>
            <p style=&#34;margin-left:25px;text-align:center;&#34;><strong>QUYẾT ĐỊNH:</strong></p>
            <p style=&#34;margin-left:25px;&#34;><strong>Điều 1.</strong></p>
            <p style=&#34;margin-left:25px;&#34;><strong>Điều 2.</strong></p>
[…]
                <h3 style=&#34;margin-left:25px;text-align:center;&#34;>DANH SÁCH</h3>
                <p style=&#34;margin-left:25px;text-align:center;&#34;>(<i>Kèm theo quyết định số .... ngày .... tháng ..... năm..... của .....</i>)</p>""",
    [("91/2017/NĐ-CP", "2017-07-31"), ("35/2019/QĐ-UBND", "2019-11-11")])

# ---------------------------------------------------------------- a commune Party committee's task table in a PostgreSQL dump
add("github:find_string-id:26222818782#tasks-44-52",
    "a commune Party committee's task tracker (Đảng uỷ xã Công Hải, 2025) as PostgreSQL COPY rows, tab-separated: the committee's letters as bare symbols in the document column ('15-CV/ĐU', no date: the row's due and creation timestamps are not issue dates), the provincial Front committee's plan with a doubled 'số số' and ', ngày', the provincial Party committee's plan without date (rows 44-52; row 55, used by unseen18r, left out)",
    """COPY public.tasks (task_id, title, description, creator_id, status, priority, document_ref, is_direct_assignment, due_date, completed_at, created_at, updated_at) FROM stdin;
44	Kế hoạch tuyên truyền trước, trong và sau Đại hội Mặt trận TQ Việt Nam xã	Giao Ban Xây dựng Đảng tham mưu Ban Thường vụ Đảng uỷ Kế hoạch tuyên truyền trước, trong và sau Đại hội Mặt trận Tổ quốc Việt Nam xã	1	new	normal	15-CV/ĐU	f	2025-09-22 00:00:00+07	\\N	2025-09-26 14:48:15.859298+07	2025-09-26 14:48:15.859298+07
45	Lập hồ sơ Đại hội	Lập hồ sơ và nộp lưu hồ sơ về Lưu trữ Văn phòng Đảng uỷ quá trình chuẩn bị báo cáo chính trị, báo cáo kiểm điểm của cấp ủy, dự thảo nghị quyết đại hội và các tài liệu khác trình đại hội; hồ sơ hoạt động của tiểu ban	1	new	normal	17-CV/ĐU	f	2025-09-08 00:00:00+07	\\N	2025-09-26 14:56:12.074257+07	2025-09-26 14:56:12.074257+07
46	Triển khai Kế hoạch số 16/KH-MTTQ-UB, ngày 09/9/2025 của của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh về triển khai nội dung giám sát 6 tháng cuối năm 2025	Ban hành Kế hoạch giám sát 6 tháng cuối năm 2025 theo Kế hoạch số số 16/KH-MTTQ-UB, ngày 09/9/2025 của của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh về triển khai nội dung giám sát 6 tháng cuối năm 2025	1	new	normal		f	2025-09-30 00:00:00+07	\\N	2025-09-26 15:01:46.390563+07	2025-09-26 15:01:46.390563+07
47	Sắp xếp tổ chức bộ máy Hội Chử thập đỏ	Ban Xây dựng Đảng:  phối hợp với Uỷ ban Mặt trận Tổ quốc Việt Nam xã, Uỷ ban nhân dân xã khẩn trương rà soát nhân sự lãnh đạo, Ban Thường vụ, Ban Chấp hành, Ban Kiểm tra Hội Chữ thập đỏ xã cũ; tham mưu Ban Thường vụ Đảng uỷ sắp xếp, bố trí nhân sự làm Chủ tịch Hội Chữ Thập đỏ xã phù hợp với tình hình tại địa phương	1	new	normal	79-CV/ĐU	f	2025-09-22 00:00:00+07	\\N	2025-09-26 15:04:11.285055+07	2025-09-26 15:04:11.285055+07
48	Tham mưu văn bản chỉ đạo tổ chức Đại hội Đoàn Thanh niên	Tham mưu Ban Thường vụ Đảng uỷ văn bản chỉ đạo tổ chức Đại hội Đoàn Thanh niên cộng sản Hồ Chí Minh xã Công Hải	1	new	normal	84-CV/ĐU	f	2025-10-22 00:00:00+07	\\N	2025-09-26 15:09:28.964997+07	2025-09-26 15:09:28.964997+07
49	Xây dựng Kế hoạch Đại hội Đoàn Thanh niên xã	Phối hợp với Ban Xây dựng Đảng triển khai xây dựng, ban hành Kế hoạch tổ chức Đại hội Đoàn Thanh niên xã và các văn bản phục vụ tổ chức Đại hội	1	new	normal	84-CV/ĐU	f	2025-10-28 00:00:00+07	\\N	2025-09-26 15:10:52.944414+07	2025-09-26 15:10:52.944414+07
52	Đề xuất nội dung Chương trình công tác toàn khoá của Ban Chấp hành	Đảng uỷ UBND xã chỉ đạo UBND xã chỉ đạo các phòng chuyên môn triển khai thực hiện và tổng hợp chung các nội dung đề xuất của UBND xã vào Chương trình công tác toàn khoá của Ban Chấp hành, Ban thường vụ Đảng uỷ nhiệm kỳ 2025 - 2030	1	completed	normal	31-CV/ĐU	f	2025-08-29 00:00:00+07	2025-10-14 16:23:00.969+07	2025-09-26 16:03:45.638405+07	2025-10-14 16:23:00.969376+07
50	Triển khai Kế hoạch số 294-KH/TU về thực hiện phong trào Bình dân học vụ số	Giao Đảng uỷ UBND xã tham mưu Ban Thường vụ Đảng uỷ Kế hoạch triển khai thực hiện Kế hoạch số 294-KH/TU về thực hiện phong trào Bình dân học vụ số	1	completed	normal		f	2025-08-20 00:00:00+07	2025-10-15 17:04:33.252+07	2025-09-26 15:19:19.871484+07	2025-10-15 17:04:33.253043+07""",
    [("15-CV/ĐU", None), ("17-CV/ĐU", None), ("16/KH-MTTQ-UB", "2025-09-09"), ("16/KH-MTTQ-UB", "2025-09-09"),
     ("79-CV/ĐU", None), ("84-CV/ĐU", None), ("84-CV/ĐU", None), ("31-CV/ĐU", None),
     ("294-KH/TU", None), ("294-KH/TU", None)])

# ---------------------------------------------------------------- the Labour Ministry's decision 225/QĐ-BLĐTBXH, its annexed list (Công báo PDF text)
add(HR + "docs/cong_doan/quyet-dinh-so-225-qd-bldtbxh-41601.txt",
    "a ministry's systematisation list as Official Gazette PDF text: the header, the annex line dated in words, a six-column table read cell by cell with 'Số …' and 'ngày …' on separate lines of one cell, footnote numbers glued to dates ('ngày 08/10/20181' = 08/10/2018 + footnote 1), a decree's number written without its zero ('4/2023/NĐ-CP', labelled as written), symbols split after the slash across lines ('140/2018/' / 'NĐ-CP ngày …'), one word per line ('Nghị' / 'định' / 'số' / '81/2021/NĐ-CP'), effective dates in their own column",
    """VĂN BẢN PHÁP LUẬT KHÁC

BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

BỘ LAO ĐỘNG - THƯƠNG BINH
VÀ XÃ HỘI

Số: 225/QĐ-BLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc công bố kết quả hệ thống hóa văn bản quy phạm pháp luật
thuộc lĩnh vực quản lý nhà nước của Bộ Lao động - Thương binh
và Xã hội kỳ hệ thống hóa 2019 - 2023
[…]
53
53

CÔNG BÁO/Số 505 + 506/Ngày 14-4-2024
     53
Danh mục VBQPPL còn hiệu lực
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

DANH MỤC
Văn bản quy phạm pháp luật còn hiệu lực thuộc lĩnh vực quản lý nhà nước
của Bộ Lao động - Thương binh và Xã hội trong kỳ hệ thống hóa 2019 - 2023
(Ban hành kèm theo Quyết định số 225/QĐ-BLĐTBXH ngày 05 tháng 3 năm 2024
của Bộ Lao động - Thương binh và Xã hội)

TT
Tên loại
văn bản
Số, ký hiệu; ngày, tháng,
năm ban hành VB
Trích yếu nội dung của văn bản
Ngày
có hiệu lực
Ghi chú
I. LĨNH VỰC GIÁO DỤC NGHỀ NGHIỆP
1
Luật
Số 74/2014/QH13       
ngày 27/11/2014
Luật giáo dục nghề nghiệp
01/7/2015

2
Nghị định
Số 33/1998/NĐ-CP
ngày 23/5/1998
Về việc thành lập Tổng cục dạy
nghề thuộc Bộ Lao động - Thương
binh và Xã hội
07/6/1998

3
Nghị định
Số 31/2015/NĐ-CP       
ngày 24/3/2015
Quy định chi tiết thi hành một số
điều của Luật Việc làm về đánh
giá, cấp chứng chỉ kỹ năng nghề
quốc gia
15/5/2015
- Hết hiệu lực một phần
- Văn bản sửa đổi, bổ sung,
thay thế, bãi bỏ một phần:
Nghị định số 140/2018/NĐ-CP
ngày 08/10/2018 của Chính
phủ sửa đổi, bổ sung các Nghị


54
54

54
CÔNG BÁO/Số 505 + 506/Ngày 14-4-2024
Danh mục VBQPPL còn hiệu lực
TT
Tên loại
văn bản
Số, ký hiệu; ngày, tháng,
năm ban hành VB
Trích yếu nội dung của văn bản
Ngày
có hiệu lực
Ghi chú





định liên quan đến điều kiện
đầu tư kinh doanh và thủ tục
hành chính thuộc phạm vi
quản lý nhà nước của Bộ
LĐTBXH
4
Nghị định
Số 113/2015/NĐ-CP  
ngày 09/10/2015
Quy định phụ cấp đặc thù, phụ cấp
ưu đãi, phụ cấp trách nhiệm công
việc và phụ cấp nặng nhọc, độc
hại, nguy hiểm đối với nhà giáo
trong các cơ sở giáo dục nghề
nghiệp công lập
01/01/2016
- Hết hiệu lực một phần
- Văn bản sửa đổi, bổ sung,
thay thế, bãi bỏ một phần:
Nghị định số 15/2019/NĐ-CP
ngày 01/02/2019 của Chính
phủ về việc quy định chi tiết
một số điều và biện pháp thi
hành Luật Giáo dục nghề nghiệp
5
Nghị định
Số 143/2016/NĐ-CP  
ngày 14/10/2016
Quy định điều kiện đầu tư và hoạt
động trong lĩnh vực giáo dục nghề
nghiệp
14/10/2016
- Hết hiệu lực một phần
- Văn bản sửa đổi, bổ sung,
thay thế, bãi bỏ một phần:  
+ Nghị định số 140/2018/
NĐ-CP ngày 08/10/2018 của
Chính phủ sửa đổi, bổ sung
các Nghị định liên quan đến
điều kiện đầu tư kinh doanh


55
55

CÔNG BÁO/Số 505 + 506/Ngày 14-4-2024
     55
Danh mục VBQPPL còn hiệu lực
TT
Tên loại
văn bản
Số, ký hiệu; ngày, tháng,
năm ban hành VB
Trích yếu nội dung của văn bản
Ngày
có hiệu lực
Ghi chú
và thủ tục hành chính thuộc
phạm vi quản lý nhà nước của
Bộ LĐTBXH.
+ Nghị định số 15/2019/NĐ-CP
ngày 01/02/2019 của Chính
phủ hướng dẫn Luật Giáo dục
nghề nghiệp.
+ Nghị định số 24/2022/NĐ-CP
ngày 06/4/2022 của Chính phủ
về việc sửa đổi, bổ sung các
Nghị định quy định về điều
kiện đầu tư và hoạt động trong
lĩnh vực giáo dục nghề nghiệp.
6
Nghị định
Số 49/2018/NĐ-CP      
ngày 30/3/2018
Quy định về kiểm định chất lượng
giáo dục nghề nghiệp
15/5/2018
- Hết hiệu lực một phần
- Văn bản sửa đổi, bổ sung,
thay thế, bãi bỏ một phần:
+ Nghị định số 140/2018/NĐ-CP
ngày 08/10/2018 của Chính
phủ sửa đổi, bổ sung các Nghị
định liên quan đến điều kiện
đầu tư kinh doanh và thủ tục


56
56

56
CÔNG BÁO/Số 505 + 506/Ngày 14-4-2024
Danh mục VBQPPL còn hiệu lực
TT
Tên loại
văn bản
Số, ký hiệu; ngày, tháng,
năm ban hành VB
Trích yếu nội dung của văn bản
Ngày
có hiệu lực
Ghi chú
hành chính thuộc phạm vi
quản lý nhà nước của Bộ
LĐTBXH.
+ Nghị định số 15/2019/NĐ-CP
ngày 01/02/2019 của Chính
phủ hướng dẫn Luật Giáo dục
nghề nghiệp.
+ Nghị định số 4/2023/NĐ-CP
ngày 13/02/2023 của Chính
phủ sửa đổi, bổ sung một số
điều của các Nghị định liên
quan đến điều kiện đầu tư
kinh doanh và thủ tục hành
chính thuộc phạm vi quản lý
nhà nước của Bộ Lao động -
Thương binh và Xã hội.
7
Nghị định
Số 140/2018/NĐ-CP     
ngày 08/10/20181
Sửa đổi, bổ sung các Nghị định
liên quan đến điều kiện đầu tư kinh
doanh và thủ tục hành chính thuộc
08/10/2018
- Hết hiệu lực một phần
- Văn bản sửa đổi, bổ sung,
thay thế, bãi bỏ một phần:

1 Văn bản này được thống kê ở tám lĩnh vực: Việc làm, An toàn lao động, Quan hệ lao động và Tiền lương, Lao động ngoài nước, Bảo hiểm xã hội,
Giáo dục nghề nghiệp, Phòng chống tệ nạn xã hội và Bảo trợ xã hội


57
57

CÔNG BÁO/Số 505 + 506/Ngày 14-4-2024
     57
Danh mục VBQPPL còn hiệu lực
TT
Tên loại
văn bản
Số, ký hiệu; ngày, tháng,
năm ban hành VB
Trích yếu nội dung của văn bản
Ngày
có hiệu lực
Ghi chú
phạm vi quản lý nhà nước của Bộ
Lao động - Thương binh và Xã hội
+ Nghị định số 152/2020/NĐ-CP
ngày 30/12/2020 của Chính
phủ quy định về người lao
động nước ngoài làm việc tại
Việt Nam và tuyển dụng,
quản lý người lao động Việt
Nam làm việc cho tổ chức, cá
nhân nước ngoài tại Việt Nam;
+ Nghị định số 20/2021/NĐ-CP
ngày 15/3/2021 của Chính
phủ về việc quy định chính
sách trợ giúp xã hội đối với
đối tượng bảo trợ xã hội;
+ Nghị định số 23/2021/NĐ-CP
ngày 19/3/2021 của Chính phủ
về việc quy định chi tiết
khoản 3 Điều 37 và Điều 39
của Luật Việc làm về trung tâm
dịch vụ việc làm, doanh nghiệp
hoạt động dịch vụ việc làm;


58
58

58
CÔNG BÁO/Số 505 + 506/Ngày 14-4-2024
Danh mục VBQPPL còn hiệu lực
TT
Tên loại
văn bản
Số, ký hiệu; ngày, tháng,
năm ban hành VB
Trích yếu nội dung của văn bản
Ngày
có hiệu lực
Ghi chú
+ Nghị định số 116/2021/NĐ-CP
ngày 21/12/2021 của Chính
phủ về việc quy định chi tiết
một số điều của Luật Phòng,
chống ma túy, Luật Xử lý vi
phạm hành chính về cai
nghiện ma túy và quản lý sau
cai nghiện ma túy;
+ Nghị định số 24/2022/NĐ-CP
ngày 06/4/2022 của Chính
phủ về việc sửa đổi, bổ sung
các Nghị định quy định về
điều kiện đầu tư và hoạt động
trong lĩnh vực giáo dục nghề
nghiệp.
8
Nghị định
Số 15/2019/NĐ-CP    
ngày 01/02/2019
Về việc quy định chi tiết một số
điều và biện pháp thi hành Luật
Giáo dục nghề nghiệp
20/3/2019
- Hết hiệu lực một phần
- Văn bản sửa đổi, bổ sung,
thay thế, bãi bỏ một phần:
Nghị định số 24/2022/NĐ-CP
ngày 06/4/2022 của Chính
phủ về việc sửa đổi, bổ sung


59
59

CÔNG BÁO/Số 505 + 506/Ngày 14-4-2024
     59
Danh mục VBQPPL còn hiệu lực
TT
Tên loại
văn bản
Số, ký hiệu; ngày, tháng,
năm ban hành VB
Trích yếu nội dung của văn bản
Ngày
có hiệu lực
Ghi chú
các Nghị định quy định về
điều kiện đầu tư và hoạt động
trong lĩnh vực giáo dục nghề
nghiệp.
9
Nghị định
Số 81/2021/NĐ-CP    
ngày 27/8/2021
Quy định về cơ chế thu, quản lý
học phí đối với cơ sở giáo dục
thuộc hệ thống giáo dục quốc dân
và chính sách miễn, giảm học phí,
hỗ trợ chi phí học tập; giá dịch vụ
trong lĩnh vực giáo dục, đào tạo
15/10/2021
- Hết hiệu lực một phần
- Văn bản sửa đổi, bổ sung,
thay thế, bãi bỏ một phần:
Nghị định số 97/2023/NĐ-CP
ngày 31/12/2023 của Chính
phủ sửa đổi, bổ sung một số
điều
của
Nghị
định
số
81/2021/NĐ-CP ngày 27/8/2021
của Chính phủ quy định về cơ
chế thu, quản lý học phí đối
với cơ sở giáo dục thuộc hệ
thống giáo dục quốc dân và
chính sách miễn, giảm học
phí, hỗ trợ chi phí học tập; giá
dịch vụ trong lĩnh vực giáo
dục, đào tạo""",
    [("225/QĐ-BLĐTBXH", "2024-03-05"), ("225/QĐ-BLĐTBXH", "2024-03-05"),
     ("74/2014/QH13", "2014-11-27"), ("33/1998/NĐ-CP", "1998-05-23"),
     ("31/2015/NĐ-CP", "2015-03-24"), ("140/2018/NĐ-CP", "2018-10-08"),
     ("113/2015/NĐ-CP", "2015-10-09"), ("15/2019/NĐ-CP", "2019-02-01"),
     ("143/2016/NĐ-CP", "2016-10-14"), ("140/2018/NĐ-CP", "2018-10-08"), ("15/2019/NĐ-CP", "2019-02-01"), ("24/2022/NĐ-CP", "2022-04-06"),
     ("49/2018/NĐ-CP", "2018-03-30"), ("140/2018/NĐ-CP", "2018-10-08"), ("15/2019/NĐ-CP", "2019-02-01"), ("4/2023/NĐ-CP", "2023-02-13"),
     ("140/2018/NĐ-CP", "2018-10-08"), ("152/2020/NĐ-CP", "2020-12-30"), ("20/2021/NĐ-CP", "2021-03-15"),
     ("23/2021/NĐ-CP", "2021-03-19"), ("116/2021/NĐ-CP", "2021-12-21"), ("24/2022/NĐ-CP", "2022-04-06"),
     ("15/2019/NĐ-CP", "2019-02-01"), ("24/2022/NĐ-CP", "2022-04-06"),
     ("81/2021/NĐ-CP", "2021-08-27"), ("97/2023/NĐ-CP", "2023-12-31"), ("81/2021/NĐ-CP", "2021-08-27")])

# ---------------------------------------------------------------- a Party newspaper's report of the Central Steering Committee kept as Markdown
add("https://github.com/thetrungdtt/VNMasterplan/blob/c1c72360b4053a331e83979ad3a31b6e428775b9/BCD/phien%201.md",
    "a Party newspaper's report (Nhân Dân, 'NDO -') of the Central Steering Committee's first session kept as a Markdown file: a Politburo resolution named six times, once with a space after the hyphen ('57- NQ/TW'), dated once only and after a comma ('57-NQ/TW, ngày 22/12/2024'), the posting date ('Thứ hai, ngày 20/01/2025 - 19:33'), a scheme by number only ('Đề án 06', no reference)",
    """Phiên họp thứ nhất Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số
NDO - Chiều 20/1, tại Trụ sở Trung ương Đảng, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (Ban Chỉ đạo) đã họp Phiên thứ nhất. Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo chủ trì Phiên họp. Tham dự có các thành viên Ban Chỉ đạo và đại diện lãnh đạo các bộ, ngành liên quan.
Thứ hai, ngày 20/01/2025 - 19:33

Tại Phiên họp, các đại biểu đã nghe báo cáo về: Chương trình công tác năm 2025 của Ban Chỉ đạo và phân công nhiệm vụ các thành viên Ban Chỉ đạo.

Sau khi nghe các thành viên Ban Chỉ đạo thảo luận, Tổng Bí thư Tô Lâm phát biểu kết luận hội nghị nhấn mạnh, cần quán triệt một số quan điểm có tính nguyên tắc: Việc triển khai các nhiệm vụ phải có trọng tâm, trọng điểm, nhấn vào những nội dung cốt lõi nêu trong Nghị quyết số 57-NQ/TW, nhất là chú trọng tháo gỡ các rào cản về thể chế để phát triển khoa học, công nghệ.
[…]
Về việc thành lập Hội đồng tư vấn quốc gia, Tổng Bí thư lưu ý cơ cấu trong hội đồng phải bảo đảm cân đối tỷ lệ các nhà khoa học, chuyên gia đầu ngành các lĩnh vực, ưu tiên người có uy tín, có thành tựu nổi bật; cần có thêm đại diện một số doanh nghiệp, nhà quản lý để nâng cao tính thực tiễn. Tổng Bí thư đánh giá cao đề xuất xây dựng Bộ chỉ số theo dõi, giám sát, đánh giá kết quả thực hiện Nghị quyết số 57- NQ/TW và yêu cầu khẩn trương hoàn thiện đưa vào sử dụng ngay trong quý 2/2025 để đánh giá thực chất kết quả, kịp thời tháo gỡ các điểm nghẽn.

Về một số nhiệm vụ trọng tâm trong Quý I năm 2025, Tổng Bí thư nêu rõ, Thường trực Ban Bí thư, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo xây dựng, ban hành kế hoạch hoặc chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị. Ban cán sự đảng Chính phủ chỉ đạo rà soát, bổ sung Quy hoạch điện VIII, khai thác hiệu quả các tiềm năng như điện gió, điện mặt trời, triển khai xây dựng Nhà máy điện hạt nhân, đảm bảo nguồn điện bền vững; quản lý, khai thác, bảo vệ hiệu quả khoáng sản, đặc biệt là đất hiếm.


Thủ tướng Chính phủ chỉ đạo các cơ quan chức năng phát động phong trào thi đua thực hiện Nghị quyết số 57-NQ/TW trong toàn hệ thống chính trị; nghiên cứu, đề xuất phương án cải cách cơ chế quản lý tài chính trong thực hiện nhiệm vụ khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số.
[…]
Bộ trưởng Công an chỉ đạo triển khai phát triển hệ sinh thái Đề án 06 và Trung tâm dữ liệu quốc gia, sớm đưa các tiện ích vào phục vụ người dân, doanh nghiệp. Bộ trưởng Bộ Thông tin và Truyền thông đạo chỉ đạo triển khai mạng di động băng thông rộng 5G trên toàn quốc.

Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo xây dựng, trình cấp có thẩm quyền ban hành Chương trình phát triển công nghệ và công nghiệp chiến lược. Bộ trưởng Bộ Tài chính chỉ đạo bố trí ngân sách nhà nước chi cho sự nghiệp khoa học phục vụ các công nghệ chiến lược, đáp ứng yêu cầu của Nghị quyết số 57-NQ/TW. Bộ trưởng Bộ Kế hoạch và Đầu tư chỉ đạo xây dựng, trình cấp có thẩm quyền ban hành chính sách hợp tác công tư để phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Tổng Bí thư chỉ rõ, từng đồng chí thành viên Ban Chỉ đạo phải chủ động xây dựng chương trình hành động của cá nhân để triển khai các nhiệm vụ được giao. Ban chỉ đạo không chỉ đóng vai trò định hướng mà cần phải hành động quyết liệt với tinh thần trách nhiệm, quyết tâm cao, sớm biến những mục tiêu, định hướng của Nghị quyết số 57-NQ/TW thành hiện thực.""",
    [("57-NQ/TW", "2024-12-22")] * 6)

add("https://github.com/thetrungdtt/VNMasterplan/blob/928e4c9ffd287ff80548a76f3d2ee5497f892ac8/NQ07/bangoc.md",
    "the full text of a Politburo resolution as published by the Party press, kept as Markdown: a '#' heading with the symbol alone, the date in parentheses after the symbol ('Nghị quyết số 57-NQ/TW (ngày 22/12/2024)'), the symbol again before a colon in italics",
    r"""

# Nghị quyết số 57-NQ/TW

**Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.**

*Trân trọng giới thiệu toàn văn Nghị quyết số 57-NQ/TW:*

Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đang là yếu tố quyết định phát triển của các quốc gia; là điều kiện tiên quyết, thời cơ tốt nhất để nước ta phát triển giàu mạnh, hùng cường trong kỷ nguyên mới \- kỷ nguyên vươn mình của Dân tộc.""",
    [("57-NQ/TW", "2024-12-22")] * 3)

for p in P:
    p.setdefault("ocr", False)
    p.setdefault("pdf", False)
