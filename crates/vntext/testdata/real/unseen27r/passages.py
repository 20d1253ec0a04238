# Passages of unseen27r (twenty-seventh round, references), with labels. Two kinds of source, each as the source holds
# it: (1) stretches of one whole file in a public GitHub repository, a provincial portal's document listing crawled to
# CSV (TommyNhatNguyen/Crawl-Documents-Data-From-VanBanPhapLuatBinhDuong, data_vanbanphapluatBinhDuong.csv: one row a
# document — index, symbol, issue date, the abstract lower-cased by the crawler, validity, the PDF link), cut at row
# boundaries, each stretch copied line for line from the file; (2) stored public web pages found with the `search`
# tool's `pages` corpus (the stored copy from its beginning, cut where the passage ends): a ward's and a commune's
# Party news, provincial Party news, a province's letter in full text, a district council's resolution, legal
# databases' pages with metadata blocks and header cells, a plan whose converted text lost letters.
# ocr=True: rendered to a PNG by ../render_ocr.py and read back by tesseract (ocr/NN.txt); pdf=True: printed to PDF
# by LibreOffice and read back by pdftotext -layout (pdf/NN.txt). Labels are the true references of the passage.
# Labels (docs/vntext.md's conventions, as unseen25r/26r): the symbol as issued in parse_symbol's canonical form (spaces
# around '/' and '-' removed, an en dash or Ð read as the hyphen or Đ, a type in canonical case: 'Ctr' -> 'CTr', a
# symbol the crawler lower-cased read in upper case: '208-tb/tu' -> '208-TB/TU', an issuer as written even when
# mistyped: '7317/by-mt' -> '7317/BY-MT', a term digit kept: '22/NQ-HĐND8'); the issue date wherever the passage gives
# it for that symbol — in a listing row the 'ngay_ban_hanh' column is the row's symbol's issue date; none for a date
# cut short ('ngày 03/9/'), a date without its year, a posting or meeting date. Two documents of one type, issuer
# and year joined by 'và' share the date written after the second ('quyết định số 1253/qđ-ubnd và 1255/qđ-ubnd ngày
# 17/5/2018': both dated, round 16's written rule; the first label gave the date to the second only, by unseen26r's
# rule for a submission and a scheme — two types —, and was brought to round 16's after the measure, see
# MEASURED_BEFORE.txt).
# A file name in a link ('3637-VX.signed.pdf', 'BD_905-KH-UB_30032016') is no reference.
P = []
def add(src, kinds, text, expect, ocr=False, pdf=False):
    P.append(dict(source=src, kinds=kinds, text=text, expect=[dict(symbol=s, date=d or None) for s, d in expect], ocr=ocr, pdf=pdf))

CSV = "https://github.com/TommyNhatNguyen/Crawl-Documents-Data-From-VanBanPhapLuatBinhDuong/blob/84d7cfb017058121822f5069f289b06e87b611f2/data_vanbanphapluatBinhDuong.csv"

# ---------------------------------------------------------------- a provincial portal's document listing (legal database metadata as CSV)
add(CSV + "#c1-rows-0-9",
    "the listing's head: the header line, rows of a province's letters, plans, decisions and a notice (symbol and issue date in their own columns, then the abstract in lower case), a ministry's circular and letter named in lower case in the abstracts ('thông tư số 07/2022/tt-btttt', 'công văn số 3652/byt-dp ngày 10/7/2022'), file names in the PDF links",
    "\n".join([
        ',so_ky_hieu,ngay_ban_hanh,trich_yeu,hieu_luc,pdf',
        '0,3637/UBND-VX,20/07/2022,"triển khai một số nhiệm vụ thực hiện công tác bhyt học sinh, sinh viên",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/5462/3637-VX.signed.pdf',
        '1,3612/UBND-NC,19/07/2022,phổ biến các luật mới được quốc hội khoá xv thông qua tại kỳ họp thứ 3,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/5461/3612-NC.signed.pdf',
        '2,3559/UBND-VX,15/07/2022,"tăng cường chấp hành quy định về phòng, chống tác hại của rượu bia",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/5457/3559-VX.signed.pdf',
        '3,1707/QĐ-UBND,15/07/2022,"công bố thủ tục hành chính được sửa đổi, thủ tục hành chính bị bãi bỏ thuộc thẩm quyền giải quyết của sở khoa học và công nghệ/quỹ phát triển khoa học và công nghệ tỉnh bình dương",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/5458/1707-QD.signed.pdf',
        '4,3532/UBND-VX,13/07/2022,triển khai thực hiện thông tư số 07/2022/tt-btttt của bộ thông tin và truyền thông,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/5459/3532-VX.signed.pdf',
        '5,3507/KH-UBND,13/07/2022,"tổ chức hội thi văn nghệ, thể thao cho người khuyết tật tỉnh bình dương lần thứ x năm 2022",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/5463/3507-KH.signed.pdf',
        '6,1667/QĐ-UBND,13/07/2022,"điều chỉnh mục đích sử dụng đất, hình thức sử dụng đất đối với khu đất đã được ủy ban nhân dân tỉnh giao cho doanh nghiệp tư nhân thương mại thảo nguyên để đầu tư xây dựng khu đô thị mới bình nguyên tại phường bình an, thành phố dĩ an",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/5460/1667-QD.signed.pdf',
        '7,3485/UBND-VX,12/07/2022,"thực hiện công văn số 3652/byt-dp ngày 10/7/2022 của bộ y tế về việc tăng cường công tác phòng, chống dịch bệnh",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/5456/3485-VX.signed.pdf',
        '8,225/TB-UBND,12/07/2022,"kết luận của chủ tịch ủy ban nhân dân tỉnh võ văn minh tại cuộc họp ban tổ chức hội thảo khoa học ""công tác phòng, chống dịch covid-19, phục hồi kinh tế - xã hội từ thực tiễn tỉnh bình dương và vùng nam bộ""",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/5464/225-TB.signed.pdf',
        '9,1658/QĐ-UBND,12/07/2022,"giao đất không thu tiền sử dụng đất cho trạm y tế xã bạch đằng tại xã bạch đằng, thị xã tân uyên",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/5455/1658-QD.signed.pdf',
    ]),
    [
        ('3637/UBND-VX', '2022-07-20'),
        ('3612/UBND-NC', '2022-07-19'),
        ('3559/UBND-VX', '2022-07-15'),
        ('1707/QĐ-UBND', '2022-07-15'),
        ('3532/UBND-VX', '2022-07-13'),
        ('07/2022/TT-BTTTT', None),
        ('3507/KH-UBND', '2022-07-13'),
        ('1667/QĐ-UBND', '2022-07-13'),
        ('3485/UBND-VX', '2022-07-12'),
        ('3652/BYT-DP', '2022-07-10'),
        ('225/TB-UBND', '2022-07-12'),
        ('1658/QĐ-UBND', '2022-07-12'),
    ])

add(CSV + "#c2-rows-502-516",
    "rows of September 2021 (Covid-19): the provincial Party standing committee's notices named in lower case with their dates ('thông báo số 208-tb/tu ngày 07/9/2021'), a Health Ministry letter with its issuer mistyped ('7317/by-mt') and its date cut short ('ngày 03/9/'), a Government resolution without 'số', two of the province's own letters in one abstract, each with its date",
    "\n".join([
        '502,4522/UBND-VX,08/09/2021,"thực hiện chỉ đạo của tỉnh ủy về phòng, chống covid-19 tại thông báo số 208-tb/tu ngày 07/9/2021",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4881/4522-VX.signed.pdf',
        '503,4521/UBND-VX,08/09/2021,"thực hiện chỉ đạo của tỉnh ủy đối với ""vùng đỏ"" tại thông báo số 206-tb/tu ngày 06/9/2021",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4882/4521-VX.signed.pdf',
        '504,4501/UBND-VX,07/09/2021,"thực hiện chỉ đạo của tỉnh ủy về phòng, chống covid-19 tại thông báo số 203-tb/tu ngày 06/9/2021.",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4877/4501-VX.signed.pdf',
        '505,4500/KH-UBND,07/09/2021,"phát động phong trào thi đua đặc biệt ""toàn tỉnh đoàn kết, chung sức đồng lòng thi đua phòng, chống và chiến thắng đại dịch covid-19""",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4878/4500-KH.signed.pdf',
        '506,4494/UBND-VX,07/09/2021,thực hiện công văn số 7317/by-mt ngày 03/9/ của bộ y tế,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4883/4494-VX.signed.pdf',
        '507,4490/UBND-VX,07/09/2021,cho phép các bệnh viện tư nhân trên địa bàn tỉnh tham gia điều trị bệnh nhân covid-19.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4876/4490-VX%20Cho%20phep%20BV%20tu%20nhan%20dieu%20tri%20Covid.signed.pdf',
        '508,249/TB-UBND,07/09/2021,"ý kiến kết luận và chỉ đạo của đồng chí võ văn minh - chủ tịch ubnd  tỉnh, phó trưởng ban thường trực ban chỉ đạo phòng, chống dịch covid- 19 tỉnh tại cuộc họp trực tuyến ngày 05/9/2021 rà soát tiến độ thực hiện công tác triển khai kế hoạch ""vùng xanh"" và thông qua phương án lưu thông liên huyện, liên xã trong vùng xanh trên địa bàn các huyện thị xã phía bắc",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4879/249-TB%20ve%20Vung%20Xanhsigned.pdf',
        '509,4473/UBND-NC,06/09/2021,"triền khai phần mềm khai báo y tế để quản lý di biến động của người dân ra vào vùng dịch và hỗ trợ nhập thông tin, quản lý đối tượng chính sách theo nghị quyết 68/nq-cp ngày 01/7/2021 của chính phủ",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4874/4473-NC%20Thuc%20hien%20phan%20mem%20khai%20bao%20di%20bien%20dong.signed.pdf',
        '510,2135/QĐ-UBND,06/09/2021,phân bổ gạo từ nguồn dự trữ quốc gia hỗ trợ cho người dân gặp khó khăn do dịch bệnh covid-19 trên địa bàn tỉnh bình dương (đợt 2),Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4875/2135-QD%20phan%20bo%20gao%20dot%202.signed.pdf',
        '511,4443/UBND-NC,05/09/2021,hướng dẫn các chốt kiểm soát dịch covid-19 sử dụng vật cản đảm bảo cho xe chữa cháy lưu thông,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4870/4443-NC.signed.pdf',
        '512,4442/UBND-VX,05/09/2021,thực hiện chỉ đạo của tỉnh ủy tại thông báo số 202-tb/tu ngày 04/9/2021 ,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4869/4442-VX.signed.pdf',
        '513,4439/UBND-VX,05/09/2021,thực hiện chỉ đạo của tỉnh ủy tại thông báo số 198-tb/tu ngày 02/9/2021 ,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4871/4439-VX.signed.pdf',
        '514,4437/UBND-TH,05/09/2021,"xây dựng kế hoạch, phương án tái khởi động các hoạt động kinh tế - xã hội trong trạng thái bình thường mới sau giãn cách xã hội",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4867/FILE_20210905_191121_4437-TH.signed.pdf',
        '515,4436/UBND-VX,05/09/2021,"thực các biện pháp phòng, chống dịch tại các huyện ""vùng xanh"" để phòng, chống dịch covid-19",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4868/FILE_20210905_191038_4436-VX.signed.pdf',
        '516,4435/UBND-NC,04/09/2021,tạm hoãn việc triển khai thực hiện công văn số 4395/ubnd-nc ngày 03/9/2021 và công văn số 4423/ubnd-kt ngày 04/9/2021 của ubnd tỉnh.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4866/4435-NC.signed.pdf',
    ]),
    [
        ('4522/UBND-VX', '2021-09-08'),
        ('208-TB/TU', '2021-09-07'),
        ('4521/UBND-VX', '2021-09-08'),
        ('206-TB/TU', '2021-09-06'),
        ('4501/UBND-VX', '2021-09-07'),
        ('203-TB/TU', '2021-09-06'),
        ('4500/KH-UBND', '2021-09-07'),
        ('4494/UBND-VX', '2021-09-07'),
        ('7317/BY-MT', None),
        ('4490/UBND-VX', '2021-09-07'),
        ('249/TB-UBND', '2021-09-07'),
        ('4473/UBND-NC', '2021-09-06'),
        ('68/NQ-CP', '2021-07-01'),
        ('2135/QĐ-UBND', '2021-09-06'),
        ('4443/UBND-NC', '2021-09-05'),
        ('4442/UBND-VX', '2021-09-05'),
        ('202-TB/TU', '2021-09-04'),
        ('4439/UBND-VX', '2021-09-05'),
        ('198-TB/TU', '2021-09-02'),
        ('4437/UBND-TH', '2021-09-05'),
        ('4436/UBND-VX', '2021-09-05'),
        ('4435/UBND-NC', '2021-09-04'),
        ('4395/UBND-NC', '2021-09-03'),
        ('4423/UBND-KT', '2021-09-04'),
    ])

add(CSV + "#c3-rows-783-801",
    "rows of May–June 2021: the provincial Party committee's programme in lower case ('19-ctr/tu ngày 31/5/2021'), a steering board's plan (KH-BĐH), a submission citing a council resolution with the term digit in its issuer ('38/2016/nq-hđnd9') and a second one after a line break inside the quoted abstract, a Prime Minister's dispatch (cđ-ttg) and a notice with its year mistyped in the date",
    "\n".join([
        '783,2506/KH-UBND,07/06/2021,"kế hoạch triển khai hoạt động các trạm, chốt và tổ tuần tra, kiểm tra, kiểm soát phòng, chống dịch covid-19 trên địa bàn tỉnh bình dương",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4578/2506-KH.signed.pdf',
        '784,2505/UBND-NC,07/06/2021,"tăng cường công tác phối hợp ngăn ngừa và xử lý tình trạng tụ tập, đua xe trái phép; gây mất trật tự và vi phạm quy định trong phòng chống dịch covid-19 ",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4579/2505-NC.signed.pdf',
        '785,2481/KH-UBND,07/06/2021,"kế hoạch thực hiện ""tháng hành động vì người cao tuổi việt nam"" trên địa bàn tỉnh bình dương năm 2021",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4582/2481-KH.signed.pdf',
        '786,157/TB-UBND,07/06/2021,tạm dừng tiếp công dân thường xuyên và tổ chức và tổ chức đối thoại tại trụ sở tiếp công dân tỉnh ,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4576/157-TB.signed.pdf',
        '787,1535/QĐ-UBND,07/06/2021,"thành lập các trạm, chốt kiểm soát phòng, chống dịch covid-19 trên địa bàn tỉnh bình dương",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4577/1535-QD.signed.pdf',
        '788,2404/UBND-VX,03/06/2021,triển khai thực hiện chương trình số 19-ctr/tu ngày 31/5/2021 của tỉnh ủy về phát triển và nâng cao chất lượng nguồn nhân lực.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4569/2404-VX.signed.pdf',
        '789,2395/UBND-NC,02/06/2021,"bố trí cán bộ, công chức, viên chức, người lao động làm việc trong tình hình dịch covid-19 diễn biến phức tạp.",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4562/2395-NC.signed.pdf',
        '790,2390/UBND-VX,02/06/2021,"triển khai một số công việc cấp bách phòng, chống dịch covid-19.",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4561/2390-VX.signed.pdf',
        '791,153/TB-UBND,02/06/2021,điều chỉnh địa điểm tham dự phiên họp ubnd tỉnh thường kỳ tháng 5/2021.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4565/153-TB.signed.pdf',
        '792,77/KH-BĐH,01/06/2021,kế hoạch thực hiện đề án thành phố thông minh bình dương trong năm 2021.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4564/77-BDH.signed.pdf',
        '793,2389/UBND-TH,01/06/2021,triển khai thực hiện nghị quyết số 50/nq-cp ngày 20/5/2021 của chính phủ.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4568/2389-TH.signed.pdf',
        '794,2386/UBND-KT,01/06/2021,đẩy nhanh tiến độ thực hiện và giải ngân kế hoạch vốn đầu tư công năm 2021.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4566/2386-KT.signed.pdf',
        '795,1491/QĐ-UBND,01/06/2021,"công bố thủ tục hành chính mới ban hành lĩnh vực năng lượng nguyên tử, an toàn bức xạ và hạt nhân; thủ tục hành chính bị bãi bỏ lĩnh vực an toàn bức xạ và hạt nhân thuộc thẩm quyềngiải quyết của sở khoa học và công nghệ tỉnh bình dương.",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4572/1491-QD.signed.pdf',
        '796,1490/QĐ-UBND,01/06/2021,"công bố thủ tục hành chính mới ban hành, thủ tục hành chính bị bãi bỏ lĩnh vực phòng, chống tham nhũng thuộc phạm vi chức năng quản lý và giải quyết của thanh tra tỉnh/ubnd cấp huyện/ubnd cấp xã tỉnh bình dương.",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4573/1490-QD.signed.pdf',
        '797,1489/QĐ-UBND,01/06/2021,công bố thủ tục hành chính mới ban hành; thủ tục hành chính được sửa đổi trong lĩnh vực tài nguyên nước thuộc thẩm quyền giải quyết sở tài nguyên và môi trường tỉnh bình dương.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4574/1489-QD.signed.pdf',
        '798,2361/TTr-UBND,31/05/2021,"đề nghị xây dựng nghị quyết kéo dài thời hạn áp dụng nghị quyết số 38/2016/nq-hđnd9 ngày 12/8/2016 quy định mức thu học phí và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập đối với các cơ sở giáo dục thuộc hệ thống giáo dục quốc dân trên địa bàn tỉnh',
        ' từ năm học 2016-2017 đến năm học 2020-2021 và nghị quyết số 01/2017/nq-hđnd ngày 20/7/2017 của hđnd tỉnh quy định mức thu học phí đối với các cơ sở giáo dục mầm non và giáo dục phổ thông công lập trên địa bàn tỉnh từ năm học 2017-2018 đến năm học 2020-2021 theo trình tự thủ tục rút gọn.",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4571/2361-TTR.signed.pdf',
        '799,1461/QĐ-UBND,31/05/2021,phê duyệt đề án thành lập đội cơ động xử lý sự cố giao thông trên địa bàn tỉnh bình dương.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4563/1461-QD.signed.pdf',
        '800,2321/UBND-VX,28/05/2021,"thực hiện công văn số 4261/byt-dp ngày 25/5/2021 của bộ y tế về mở rộng đối tượng khai báo y tế điện tử phục vụ công tác phòng, chống dịch covid-19.",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4554/2321-VX.signed.pdf',
        '801,2319/UBND-VX,28/05/2021,"thực hiện công điện số 680/cđ-ttg ngày 24/5/2021 của thủ tướng chính phủ, thông báo số 120/tb-vpcp ngày 24/5/2020 của văn phòng chính phủ.",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/4555/2319-VX.signed.pdf',
    ]),
    [
        ('2506/KH-UBND', '2021-06-07'),
        ('2505/UBND-NC', '2021-06-07'),
        ('2481/KH-UBND', '2021-06-07'),
        ('157/TB-UBND', '2021-06-07'),
        ('1535/QĐ-UBND', '2021-06-07'),
        ('2404/UBND-VX', '2021-06-03'),
        ('19-CTr/TU', '2021-05-31'),
        ('2395/UBND-NC', '2021-06-02'),
        ('2390/UBND-VX', '2021-06-02'),
        ('153/TB-UBND', '2021-06-02'),
        ('77/KH-BĐH', '2021-06-01'),
        ('2389/UBND-TH', '2021-06-01'),
        ('50/NQ-CP', '2021-05-20'),
        ('2386/UBND-KT', '2021-06-01'),
        ('1491/QĐ-UBND', '2021-06-01'),
        ('1490/QĐ-UBND', '2021-06-01'),
        ('1489/QĐ-UBND', '2021-06-01'),
        ('2361/TTr-UBND', '2021-05-31'),
        ('38/2016/NQ-HĐND9', '2016-08-12'),
        ('01/2017/NQ-HĐND', '2017-07-20'),
        ('1461/QĐ-UBND', '2021-05-31'),
        ('2321/UBND-VX', '2021-05-28'),
        ('4261/BYT-DP', '2021-05-25'),
        ('2319/UBND-VX', '2021-05-28'),
        ('680/CĐ-TTg', '2021-05-24'),
        ('120/TB-VPCP', '2020-05-24'),
    ])

add(CSV + "#c4-rows-1326-1340",
    "rows of May 2020: two decisions sharing one date ('02 quyết định số 1253/qđ-ubnd và 1255/qđ-ubnd ngày 17/5/2018'), the provincial Party committee's plan without date, a decree without date, a Government Office notice ('thông báo 177/tb-vpcp ngày …', no 'số'), the NA Standing Committee's resolution named in two rows",
    "\n".join([
        '1326,1264/QĐ-UBND,15/05/2020,điều chỉnh một số nội dung tại 02 quyết định số 1253/qđ-ubnd và 1255/qđ-ubnd ngày 17/5/2018 của ubnd tỉnh.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3967/1264-QD.signed.pdf',
        '1327,1246/QĐ-UBND,14/05/2020,điều chỉnh điều 1 tại quyết định số 3646/qđ-ubnd ngày 26/12/2017 của ubnd tỉnh.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3964/1246-qd.signed.pdf',
        '1328,1245/QĐ-UBND,14/05/2020,"thu hồi đất của công ty cổ phần cao su phước hòa để thực hiện dự án bồi thường, hỗ trợ nâng cấp, mở rộng tuyến đường tân thành 27 đến trung tâm sở chỉ huy tại thị trấn tân thành, huyện bắc tân uyên.",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3965/1245-QD.signed.pdf',
        '1329,2269/UBND-VX,13/05/2020,thực hiện kế hoạch số 134-kh/tu của tỉnh ủy về “năm dân vận khéo” 2020.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3970/2269-VX.signed.pdf',
        '1330,2232/UBND-NC,13/05/2020,thực hiện nghị định số 45/2020/nđ-cp.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3976/2232-NC.signed.pdf',
        '1331,07/CT-UBND,13/05/2020,tổ chức đại hội thể dục thể thao các cấp tỉnh bình dương năm 2021 – 2022.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3973/07-CT.signed.pdf',
        '1332,2197/UBND-VX,11/05/2020,thực hiện thông báo 177/tb-vpcp ngày 08/5/2020 của văn phòng chính phủ.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3962/2197-VX.signed.pdf',
        '1333,1202/QĐ-UBND,11/05/2020,"giao đất và công nhận quyền sử dụng đất cho ubnd xã tân định, huyện bắc tân uyên.",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3958/1202-QD.signed.pdf',
        '1334,1201/QĐ-UBND,11/05/2020,điều chỉnh hình thức thuê đất tại khoản 1 điều 2 quyết định số 669/qđ-ubnd ngày 12/3/2020 của ubnd tỉnh đối với công ty tnhh thương mại cổ phần ngọc minh anh.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3959/1201-QD.signed.pdf',
        '1335,1200/QĐ-UBND,08/05/2020,"cho phép công ty tnhh đầu tư xây dựng nhà hưng thịnh chuyển mục đích sử dụng đất để thực hiện dự án khu căn hộ hưng thịnh sunshine tại phường đông hòa, thành phố dĩ an.",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3961/1200-QD.signed.pdf',
        '1336,1199/QĐ-UBND,08/05/2020,điều chỉnh một số nội dung tại quyết định số 2371/qđ-ubnd ngày 15/8/2019 của ủy ban nhân dân tỉnh đối với dự án khu nhà ở vietsing - phú chánh do công ty tnhh đầu tư và phát triển hoàng khôi làm chủ đầu tư.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3960/1199-QD.signed.pdf',
        '1337,2177/UBND-KT,07/05/2020,áp dụng và đính chính hệ số điều chỉnh giá đất (k) năm 2020 trên địa bàn 02 thành phố và 04 phường được thành lập theo nghị quyết số 857/nq-ubtvqh14 ngày 10/01/2020 của ủy ban thường vụ quốc hội.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3955/2177-KT.signed.pdf',
        '1338,2163/UBND-KT,07/05/2020,áp dụng và đính chính bảng giá các loại đất giai đoạn năm 2020 - 2024 trên địa bàn 02 thành phố và 04 phường được thành lập theo nghị quyết số 857/nq-ubtvqh14 ngày 10/01/2020 của ủy ban thường vụ quốc hội.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3954/2163-KT.signed.pdf',
        '1339,2155/UBND-VX,06/05/2020,thực hiện chỉ đạo của phó thủ tướng chính phủ về triển khai chữ ký số chuyên dùng chính phủ.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3957/CV2155-UBNDT-20_1.PDF.pdf',
        '1340,2137/UBND-VX,06/05/2020,tổ chức triển khai đảm bảo an toàn thông tin cho hệ thống thông tin theo mô hình “4 lớp”.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/3956/2137-VX.signed.pdf',
    ]),
    [
        ('1264/QĐ-UBND', '2020-05-15'),
        ('1253/QĐ-UBND', '2018-05-17'),
        ('1255/QĐ-UBND', '2018-05-17'),
        ('1246/QĐ-UBND', '2020-05-14'),
        ('3646/QĐ-UBND', '2017-12-26'),
        ('1245/QĐ-UBND', '2020-05-14'),
        ('2269/UBND-VX', '2020-05-13'),
        ('134-KH/TU', None),
        ('2232/UBND-NC', '2020-05-13'),
        ('45/2020/NĐ-CP', None),
        ('07/CT-UBND', '2020-05-13'),
        ('2197/UBND-VX', '2020-05-11'),
        ('177/TB-VPCP', '2020-05-08'),
        ('1202/QĐ-UBND', '2020-05-11'),
        ('1201/QĐ-UBND', '2020-05-11'),
        ('669/QĐ-UBND', '2020-03-12'),
        ('1200/QĐ-UBND', '2020-05-08'),
        ('1199/QĐ-UBND', '2020-05-08'),
        ('2371/QĐ-UBND', '2019-08-15'),
        ('2177/UBND-KT', '2020-05-07'),
        ('857/NQ-UBTVQH14', '2020-01-10'),
        ('2163/UBND-KT', '2020-05-07'),
        ('857/NQ-UBTVQH14', '2020-01-10'),
        ('2155/UBND-VX', '2020-05-06'),
        ('2137/UBND-VX', '2020-05-06'),
    ])

add(CSV + "#c6-rows-3502-3521",
    "rows of March–April 2016: decisions written with Ð (U+00D0) for Đ in the symbol column ('733/QÐ-UBND'), a steering board's plan with a number in its issuer ('22/KH-BCĐ389'), a ministry's directive, a law-level resolution ('107/2015/qh13'), a Prime Minister's decision named in two rows, file names such as 'BD_905-KH-UB_30032016.signed.pdf'",
    "\n".join([
        '3502,1004/KH-UBND,05/04/2016,hành động năm cao điểm vệ sinh an toàn thực phẩm trong lĩnh vực nông nghiệp 2016,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1667/BD_1004-KH-UB_05042016.signed.pdf',
        '3503,958/UBND-VX,01/04/2016,v/v triển khai chỉ thị 04/ct-btttt ngày 15/01/2016 của bộ thông tin và truyền thông,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1660/VB958-VX.signed.pdf',
        '3504,958/UBND-VX,01/04/2016,v/v triển khai chỉ thị 04/ct-btttt ngày 15/01/2016 của bộ thông tin và truyền thông,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1660/VB958-VX.signed.pdf',
        '3505,736/QĐ-UBND,01/04/2016,"v/v giao đất (đợt 4) và điều chỉnh mục đích sử dụng đất tại khu dân cư thương mại uyên hưng, phường uyên hưng, thị xã tân uyên",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1670/BD_736-QD-UB_01042016.signed.pdf',
        '3506,733/QÐ-UBND,01/04/2016,"về việc cho công ty tnhh lê sinh thuê đất, chuyển mục đích sử dụng đất với hình thức nhà nước cho thuê đất thu tiền thuê đất hàng năm để thực hiện dự án khu du lịch sinh thái hồ nam tại phường thái hòa, thị xã tân uyên",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1661/BD_733-QD-UB_01042016.signed.pdf',
        '3507,905/KH-UBND,30/03/2016,triển khai thực hiện nghị quyết số 107/2015/qh13 ngày 26/11/2015 của quốc hội về thực hiện thừa phát lại trên địa bàn tỉnh bình dương,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1655/BD_905-KH-UB_30032016.signed.pdf',
        '3508,875/KH-UBND,28/03/2016,tổ chức ngày sách việt nam lần thức 3 năm 2016 trên địa bàn tỉnh bình dương,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1654/BD_875-KH-UB_28032016.signed.pdf',
        '3509,841/KH-UBND,28/03/2016,triển khai thi hành bộ luật dân sự và bộ luật tố tụng dân sự trên địa bàn tỉnh bình dương,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1658/BD_841-KH-UB_28032016.signed.pdf',
        '3510,665/QĐ-UBND,28/03/2016,"về việc công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất cho trường trung học cơ sở long bình tại xã long nguyên, huyện bầu bàng",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1657/BD_665-QD-UB_28032016.signed.pdf',
        '3511,658/QĐ-UBND,28/03/2016,"về việc công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất cho trạm y tế xã cây trường tại xã cây trường ii, huyện bàu bàng",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1656/BD_658-QD-UB_28032016.signed.pdf',
        '3512,09/CT-UBND,28/03/2016,về việc tách thửa đối với các loại đất không phải là đất ở trên địa bàn tỉnh bình dương,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1653/BD_09-CT-UB_28032016.signed.pdf',
        '3513,22/KH-BCĐ389,21/03/2016,"triển khai công tác phối hợp chống buôn lậu, gian lận thương mại và hàng giả năm 2016",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1659/BD_22-KH-BC%C4%90298_21032016.signed.pdf',
        '3514,08/CT-UBND,17/03/2016,"về việc tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn giai đoạn 2016 – 2020",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1650/BD_08-CT-UB_17032016.pdf',
        '3515,567/QĐ-UBND,15/03/2016,"về việc cho phép công ty trách nhiệm hữu hạn một thành viên tiến thành sơn chuyển mục đích sử dụng đất sang đất cơ sở sản xuất phi nông nghiệp với hình thức nhà nước cho thuê đất thu tiền thuê đất một lần tại phường tân hiệp, thị xã tân uyên",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1652/BD_567-QD-UB_15032016.pdf',
        '3516,599/KH-UBND,03/03/2016,"tổ chức thực hiện quyết định số 49/2015/qđ-ttg ngày 14/10/2015 của thủ tướng chính phủ về một số chế độ, chính sách đối với dân công hỏa tuyến",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1649/599KH-UBND.PDF',
        '3517,01/KH-BCĐ,03/03/2016,"tổ chức hội nghị tập huấn triển khai thực hiện quyết định số 49/2015/qđ-ttg ngày 14/10/2015 của thủ tướng chính phủ về một số chế độ, chính sách đối với dân công hỏa tuyến",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1648/01KH-BC%C4%90.PDF',
        '3518,563/KH-UBND,02/03/2016,triển khai tiêm vắc xin sởi - rubella cho đối tượng trẻ 18 tháng và đối tượng 16 - 17 tuổi,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1646/BD_563-KH-UB_02032016.pdf',
        '3519,556/UBND-KTN,02/03/2016,v/v tham gia chiến dịch giờ trái đất năm 2016,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1647/BD_556-UB-KTN_02032016.pdf',
        '3520,474/QĐ-UBND,02/03/2016,về việc công bố thủ tục hành chính thuộc thẩm quyền giải quyết của văn phòng ủy ban nhân dân tỉnh,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1645/BD_474-QD-UB_02032016.pdf',
        '3521,466/QĐ-UBND,02/03/2016,"về việc đính chính quyết định số 01/2016/qđ-ubnd ngày 13/01/2016 của ubnd tỉnh về việc quy định về hoạt động tư vấn, phản biện và giám định xã hội của liên hiệp các hội khoa học và kỹ thuật tỉnh bình dương",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=https://www.binhduong.gov.vn/chinhquyen/Lists/VanBanChiDaoDieuHanh/Attachments/1644/BD_466-QD-UB_02032016.pdf',
    ]),
    [
        ('1004/KH-UBND', '2016-04-05'),
        ('958/UBND-VX', '2016-04-01'),
        ('04/CT-BTTTT', '2016-01-15'),
        ('958/UBND-VX', '2016-04-01'),
        ('04/CT-BTTTT', '2016-01-15'),
        ('736/QĐ-UBND', '2016-04-01'),
        ('733/QĐ-UBND', '2016-04-01'),
        ('905/KH-UBND', '2016-03-30'),
        ('107/2015/QH13', '2015-11-26'),
        ('875/KH-UBND', '2016-03-28'),
        ('841/KH-UBND', '2016-03-28'),
        ('665/QĐ-UBND', '2016-03-28'),
        ('658/QĐ-UBND', '2016-03-28'),
        ('09/CT-UBND', '2016-03-28'),
        ('22/KH-BCĐ389', '2016-03-21'),
        ('08/CT-UBND', '2016-03-17'),
        ('567/QĐ-UBND', '2016-03-15'),
        ('599/KH-UBND', '2016-03-03'),
        ('49/2015/QĐ-TTg', '2015-10-14'),
        ('01/KH-BCĐ', '2016-03-03'),
        ('49/2015/QĐ-TTg', '2015-10-14'),
        ('563/KH-UBND', '2016-03-02'),
        ('556/UBND-KTN', '2016-03-02'),
        ('474/QĐ-UBND', '2016-03-02'),
        ('466/QĐ-UBND', '2016-03-02'),
        ('01/2016/QĐ-UBND', '2016-01-13'),
    ])

add(CSV + "#c7-rows-3604-3610",
    "rows of September 2015: a programme (CTr-UBND), letters and the provincial People's Council's resolutions of its eighth term with the term digit in the issuer ('22/NQ-HĐND8'), file names such as 'NQ22-BosungDanhmucThuhoidat'",
    "\n".join([
        '3604,25/CTr-UBND,30/09/2015,làm việc với đoàn công tác của bộ thông tin và truyền thông về triển khai thực hiệ đề án quy hoạch phát triển và quản lý báo chí toàn quốc đến năm 2025,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=/chinhquyen/DuLieuVanBan/0110201553-25Ctr-UBND.PDF',
        '3605,3391/UBND-VX,29/09/2015,v/v triển khai tiêm chủng vắc xin sởi – rubella cho nhóm tuổi lớn vùng nguy cơ cao.,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=/chinhquyen/DuLieuVanBan/0110201519-BD_3391-UB-VX_29092015.pdf',
        '3606,3381/KH-UBND,29/09/2015,tổ chức phiên chợ nông sản an toàn tỉnh bình dương năm 2015,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=/chinhquyen/DuLieuVanBan/3009201536-3381Kh-UBND.PDF',
        '3607,22/NQ-HĐND8,29/09/2015,về việc bổ sung danh mục dự án thuộc diện thu hồi đất thực hiện trong năm 2015 trên địa bàn tỉnh bình dương,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=/chinhquyen/DuLieuVanBan/0810201552-NQ22-BosungDanhmucThuhoidat.PDF.PDF',
        '3608,21/NQ-HĐND8,29/09/2015,về việc chấp thuận chủ trương đầu tư dự án: đầu tư trang thiết bị dạy học cho các trường trung học phổ thông trên địa bàn tỉnh bình dương,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=/chinhquyen/DuLieuVanBan/0810201530-NQ21-DautuTrangthietbidayhoc.PDF',
        '3609,20/NQ-HĐND8,29/09/2015,"về việc chấp thuận chủ trương đầu tư dự án: thoát nước và xử lý nước thải khu vực dĩ an, thuận an, tân uyên tỉnh bình dương",Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=/chinhquyen/DuLieuVanBan/0810201507-NQ20-ThoatnuocDA-TA-TU.PDF',
        '3610,19/NQ-HĐND8,29/09/2015,về quyết định chủ trương đầu tư một số dự án đầu tư công,Văn bản đang có hiệu lực,https://www.binhduong.gov.vn/_layouts/LacVietBio/LacViet.DichVuCong/Pages/DownloadFilePage.aspx?FileUrl=/chinhquyen/DuLieuVanBan/0810201534-NQ19-QDchutruongdautucong.PDF',
    ]),
    [
        ('25/CTr-UBND', '2015-09-30'),
        ('3391/UBND-VX', '2015-09-29'),
        ('3381/KH-UBND', '2015-09-29'),
        ('22/NQ-HĐND8', '2015-09-29'),
        ('21/NQ-HĐND8', '2015-09-29'),
        ('20/NQ-HĐND8', '2015-09-29'),
        ('19/NQ-HĐND8', '2015-09-29'),
    ])

# ---------------------------------------------------------------- pages: ward, commune and provincial Party texts in news
add("http://phucloi.longbien.hanoi.gov.vn/cong-tac-dang?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1&_101_struts_action=%2Fasset_publisher%2Fview_content&_101_type=content&_101_viewMode=view&_101_urlTitle=-ang-uy-phuong-phuc-loi-trien-khai-ke-hoach-to-chuc-ai-hoi-cac-chi-bo-truc-thuoc-nhiem-ky-2022-2025",
    "a ward Party committee's news (Đảng ủy phường Phúc Lợi, Long Biên): its own plan with ', ngày' after the symbol, a posting date and a meeting date (no reference)",
    """CÔNG TÁC ĐẢNG

Đảng ủy phường Phúc Lợi triển khai Kế hoạch Đại hội các Chi bộ trực thuộc, nhiệm kỳ 2022 - 2025
Ngày đăng 06/07/2022 | 09:03  | Lượt xem: 114

Chiều ngày 05/7/2022, Đảng ủy phường Phúc Lợi đã tổ chức hội nghị triển khai Kế hoạch tổ chức Đại hội các Chi bộ trực thuộc nhiệm kỳ 2022 - 2025. Dự hội nghị có các đồng chí là Ủy viên Ban Chấp hành Đảng bộ phường, các đồng chí là Bí thư, Phó Bí thư các Chi bộ trực thuộc Đảng bộ phường. Đồng chí Dương Ngọc Dũng - Bí thư Đảng ủy phường; đồng chí Đoàn Anh Thư - Phó bí thư Thường trực Đảng ủy phường đồng chủ trì hội nghị.

Hội nghị đã triển khai Kế hoạch số 62-KH/ĐU, ngày 05/7/2022 của Đảng ủy phường về tổ chức Đại hội chi bộ trực thuộc, nhiệm kỳ 2022 - 2025; Hướng dẫn một số nội dung cần chuẩn bị trước Đại hội và tại Đại hội. Theo đó, Đại hội chi bộ cần thực hiện tốt 2 nội dung: Tổng kết việc thực hiện Nghị quyết Đại hội chi bộ nhiệm kỳ 2020 - 2022 và xác định phương hướng, mục tiêu, nhiệm vụ của chi bộ nhiệm kỳ 2022 - 2025. Bầu Ban Chấp hành, Bí thư, Phó Bí thư chi bộ nhiệm kỳ 2022 - 2025. Chọn chi bộ tổ dân phố số 13 và chi bộ Trường Tiểu học Phúc Lợi làm Đại hội điểm dự kiến tổ chức trong khoảng thời gian từ 05/8/2022 đến 12/8/2022, Đại hội các chi bộ còn lại sẽ diễn ra từ ngày 15/8/2022 đến ngày 15/9/2022. Hội nghị cũng đã lắng nghe ý kiến thảo luận của các đồng chí dự hội nghị. Chủ trì phần thảo luận, đồng chí Đoàn Anh Thư đã giải đáp các khó khăn, vướng mắc cũng như các đề xuất mà các đồng chí dự hội """,
    [("62-KH/ĐU", "2022-07-05")], ocr=True)

add("https://vietgiaitri.com/dang-bo-tinh-gia-lai-hoan-thanh-viec-to-chuc-dai-hoi-dang-bo-cap-huyen-va-tuong-duong-20200904i5207267/",
    "provincial Party news (Gia Lai): the Politburo's directive and the provincial standing committee's plan first without dates (a space before the full stop), then dated 'ngày 30-5-2019', 'ngày 9-8-2019' (the date given at another mention of the same symbol)",
    """Đảng bộ tỉnh Gia Lai hoàn thành việc tổ chức đại hội đảng bộ cấp huyện và tương đương
Đến ngày 20-8-2020, Đảng bộ tỉnh Gia Lai có 21/21 đảng bộ trực thuộc Tỉnh ủy đã hoàn thành đại hội đảng bộ cấp huyện, sớm hơn so với tiến độ yêu cầu tại Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 248-KH/TU của Ban Thường vụ Tỉnh ủy .
Tại Đại hội Đảng bộ huyện Ia Grai, đồng chí Dương Mah Tiệp tái đắc cử Bí thư Huyện ủy Ia Grai khóa XVIII.
Lãnh đạo, chỉ đạo công tác chuẩn bị đại hội
Thực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và các văn bản chỉ đạo, hướng dẫn của Trung ương, của tỉnh, cấp ủy các cấp trong tỉnh đã kịp thời quán triệt và tổ chức thực hiện bảo đảm nghiêm túc, chất lượng và hiệu quả; đồng thời lãnh đạo thực hiện thắng lợi các mục tiêu nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2015-2020 đã đề ra cũng như thực hiện có hiệu quả các biện pháp đẩy mạnh phòng, chống dịch bệnh COVID-19 ở địa phương, đơn vị.
BTV Tỉnh ủy đã kịp thời ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019 triển khai thực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, tổ chức hội nghị quán triệt, triển khai. 100% cấp ủy đảng các đảng bộ trực thuộc Tỉnh ủy đã nghiêm túc quán triệt, triển khai và cụ thể hóa thành các kế hoạch, hướng dẫn để tổ chức thực hiện, đồng thời x""",
    [("35-CT/TW", "2019-05-30"), ("248-KH/TU", "2019-08-09"), ("35-CT/TW", "2019-05-30"),
     ("248-KH/TU", "2019-08-09"), ("35-CT/TW", "2019-05-30")], ocr=True)

add("https://saovang.thanhhoa.gov.vn/xay-dung-dang/dong-chi-pho-chu-tich-hdnd-xa-sao-vang-ngo-thi-to-nga-du-sinh-hoat-chi-bo-thon-11-va-chi-bo-thon-605687",
    "a commune's news on village Party cells (xã Sao Vàng, Thanh Hóa, 2025): the Secretariat's directive with an en dash for the hyphen ('10–CT/TW'), the central Organisation Commission's guidance, both undated",
    """Đồng chí Phó Chủ tịch HĐND xã Sao Vàng Ngô Thị Tố Nga dự sinh hoạt Chi bộ thôn 11 và Chi bộ thôn Xuân Hợp
Thứ Năm, 04/09/2025
Ngày 03/9/2025, đồng chí Ngô Thị Tố Nga, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch HĐND xã Sao Vàng đã dự sinh hoạt chi bộ chuyên đề quý III năm 2025 về “Đổi mới, nâng cao chất lượng sinh hoạt chi bộ” tại Chi bộ thôn 11 và Chi bộ thôn Xuân Hợp.
Chi bộ thôn 11 hiện có 25 đảng viên, trong đó có 07 đảng viên miễn sinh hoạt, 01 đảng viên đi làm ăn xa. Chi bộ thôn Xuân Hợp hiện có 19 đảng viên, trong đó có 03 đảng viên miễn sinh hoạt.
Thời gian qua, Chi bộ thôn 11 và Chi bộ thôn Xuân Hợp luôn triển khai nghiêm túc, kịp thời quy định Điều lệ Đảng, Chỉ thị số 10–CT/TW của Ban Bí thư Trung ương, Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ và các văn bản chỉ đạo, hướng dẫn liên quan của cấp trên. Nhận thức của cấp uỷ, chi uỷ, Bí thư chi bộ và Đảng viên được nâng lên; nề nếp sinh hoạt Chi bộ được duy trì; nội dung sinh hoạt từng bước được đổi mới.""",
    [("10-CT/TW", None), ("12-HD/BTCTW", None)], ocr=True)

# ---------------------------------------------------------------- pages: a province's letter and plans in full text
add("http://baobariavungtau.com.vn/chinh-tri/202109/tu-0-gio-ngay-239-br-vt-thuc-hien-chi-thi-15-tru-cac-khu-vuc-dang-ap-dung-lenh-phong-toa-935161/",
    "a provincial Party newspaper's full text of the province's letter (Bà Rịa - Vũng Tàu, 2021): the letter named twice without its date ('Đêm 22/9' has no year), the Prime Minister's directives, one dated and then named again in parentheses",
    """ date 2021-09 Đêm 22/9, UBND tỉnh ban hành Công văn số 13417/UBND-VP về việc tiếp tục thực hiện một số biện pháp phòng, chống dịch COVID-19 trên địa bàn tỉnh. Theo đó, thực hiện biện pháp giãn cách xã hội theo Chỉ thị số 15/CT-TTg trên địa bàn tỉnh (trừ huyện Côn Đảo và các khu vực đang áp dụng lệnh phong tỏa) từ 0 giờ, ngày 23 tháng 9 năm 2021 cho đến khi có thông báo mới.

Người lao động cùng một địa phương được di chuyển bằng xe cá nhân (có giấy xác nhận của DN). Chú thích ảnh: Lực lượng chức năng kiểm tra giấy tờ lưu thông trên đường 2-9, TP. Vũng Tàu. Ảnh: HUYỀN TRANG

Báo Bà Rịa-Vũng Tàu xin giới thiệu toàn văn Công văn số 13417/UBND-VP.

Từ ngày 19 tháng 7 năm 2021, tỉnh Bà Rịa - Vũng Tàu áp dụng giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31 tháng 3 năm 2020 của Thủ tướng Chính phủ (Chỉ thị 16/CT-TTg) trên tinh thần “ai ở đâu ở đó”. Với sự triển khai đồng bộ, quyết liệt, tích cực, hiệu quả của cả hệ thống chính trị, sự tham gia trách nhiệm của cộng đồng doanh nghiệp, sự đồng thuận, ủng hộ của Nhân dân. Đến nay tình hình dịch COVID-19 trên địa bàn tỉnh cơ bản được kiểm soát; tuy nhiên, một số tỉnh, thành lân cận tình hình dịch còn diễn biến phức tạp, là mối nguy cơ lây lan dịch bệnh.""",
    [("13417/UBND-VP", None), ("15/CT-TTg", None), ("13417/UBND-VP", None), ("16/CT-TTg", "2020-03-31"),
     ("16/CT-TTg", "2020-03-31")])

add("https://luatminhkhue.vn/ke-hoach-85-kh-ubnd-ve-phong--chong-tai-nan-thuong-tich-tai-cong-dong-thanh-pho-ha-noi-nam-2013.aspx",
    "a city plan on a legal site whose converted text lost letters and spaces ('thành phHà Nội', 'kế hoạchphòng'): the plan's header and the earlier plan it carries out",
    """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI

-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 85/KH-UBND

Hà Nội, ngày 27 tháng 05 năm 2013

KẾ HOẠCH

PHÒNG,CHỐNG TAI NẠN THƯƠNG TÍCH TẠI CỘNG ĐỒNG THÀNH PHỐ HÀ NỘI NĂM 2013

Thực hiện Kế hoạch số 106/KH-UBND ngày 12/9/2011 của UBND thành phHà Nội về Phòng chng tai nạn thương tích tại cộng đồng giai đoạn 2011-2015, UBND thành phố Hà Nội xây dựng kế hoạchphòng, chống tai nạn thương tích tại cộng đồng năm 2013 trên địa bàn thành phHà Nội như sau:

I. MỤC TIÊU

1. Mục tiêu chung

Nâng cao nănglực phòng, chống tai nạn thương tích (PCTNTT) từng bước hạn chế thương tíchtrong giao thông, lao động sản xut,sinh hoạt tại gia đình, nhà trường, giảm tỷlệ tai nạn, thương tích trong cộng đng, nhm bảo vệ tính mạng, tài sản của nhân dân, của Nhànuớc góp phn đảm bảo sự phát trinbền vững của Thủ đô.""",
    [("85/KH-UBND", "2013-05-27"), ("106/KH-UBND", "2011-09-12")])

add("https://vanban123.vn/Nghi-quyet/Nghi-quyet-so-01-2008-NQ-HDND-ve-viec-nhiem-vu-kinh-te-xa-hoi-nam-2008-do-Hoi-dong-nhan-dan-Quan-2-thanh-pho-Ho-Chi-Minh-ban-hanh-436021",
    "a district People's Council's resolution (HĐND Quận 2, TP.HCM, 2008) on a legal site: the header as '|' cells, the place-date cell 'Quận 2, ngày …'",
    """HỘI
ĐỒNG NHÂN DÂN QUẬN 2 |
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 01/2008/NQ-HĐND |
Quận 2, ngày 11 tháng 01 năm 2008 |
VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2008
HỘI ĐỒNG NHÂN DÂN QUẬN 2 KHÓA III - KỲ HỌP THỨ 14
Căn cứ Luật Tổ chức Hội đồng
nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;
Sau khi xem xét các báo cáo của Thường trực Hội đồng nhân dân và Báo cáo thẩm
tra của 2 Ban Hội đồng nhân dân quận; các báo cáo, tờ trình của Ủy ban nhân dân
quận và các cơ quan hữu quan; thông báo của Chủ tịch Ủy ban Mặt trận Tổ quốc Việt
Nam quận và ý kiến thảo luận của các đại biểu Hội đồng nhân dân quận,
QUYẾT NGHỊ:""",
    [("01/2008/NQ-HĐND", "2008-01-11")])

# ---------------------------------------------------------------- pages: legal databases' metadata blocks and header cells
add("https://lawnet.vn/vb/Quyet-dinh-05-2013-QD-UBND-trach-nhiem-trinh-tu-lap-phe-duyet-theo-doi-ke-hoach-2ABE3.html",
    "a legal database's page (Ninh Thuận decision): the title twice, a metadata block written twice ('Số hiệu: | … |', 'Ngày ban hành: | 06/02/2013 |'), the header cells, the Prime Minister's directive dated in words",
    """Quyết định 05/2013/QĐ-UBND về Quy định trách nhiệm và trình tự lập, phê duyệt và theo dõi, đánh giá kế hoạch phát triển kinh tế - xã hội hằng năm trên địa bàn tỉnh Ninh Thuận
Quyết định 05/2013/QĐ-UBND về Quy định trách nhiệm và trình tự lập, phê duyệt và theo dõi, đánh giá kế hoạch phát triển kinh tế - xã hội hằng năm trên địa bàn tỉnh Ninh Thuận
Số hiệu: | 05/2013/QĐ-UBND | Loại văn bản: | Quyết định |
Nơi ban hành: | Tỉnh Ninh Thuận | Người ký: | Nguyễn Đức Thanh |
Ngày ban hành: | 06/02/2013 | Ngày hiệu lực: | Đã biết |
Ngày công báo: | Đang cập nhật | Số công báo: | Đang cập nhật |
Tình trạng: | Đã biết |
Số hiệu: | 05/2013/QĐ-UBND |
Loại văn bản: | Quyết định |
Nơi ban hành: | Tỉnh Ninh Thuận |
Người ký: | Nguyễn Đức Thanh |
Ngày ban hành: | 06/02/2013 |
Ngày hiệu lực: | Đã biết |
Ngày công báo: | Đang cập nhật |
Số công báo: | Đang cập nhật |
Tình trạng: | Đã biết |
ỦY BAN NHÂN
DÂN |
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM |
Số: 05/2013/QĐ-UBND |
Ninh Thuận, ngày 06 tháng 02 năm 2013 |
QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH VỀ TRÁCH NHIỆM VÀ TRÌNH TỰ LẬP, PHÊ DUYỆT VÀ THEO DÕI, ĐÁNH GIÁ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI HẰNG NĂM TRÊN ĐỊA BÀN TỈNH NINH THUẬN
ỦY BAN NHÂN DÂN TỈNH NINH THUẬN
[…]
Căn cứ Chỉ thị số 751/CT-TTg ngày 03 tháng 6 năm 2009 của Thủ tướng Chính phủ về việc xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2011 - 2015;""",
    [("05/2013/QĐ-UBND", "2013-02-06")] * 5 + [("751/CT-TTg", "2009-06-03")], pdf=True)

add("https://phapluatcongdong.vn/van-ban/quyet-dinh-612-qd-ubnd-ban-hanh-tinh-vinh-long-nam-2020-p56727.htm",
    "a legal database's page (Vĩnh Long chairman's decision): the title, a metadata block, the header cells, a decree named twice, the Government Office's circular, the chairman's earlier decision, a department's submission dated in words",
    """Quyết định 612/QĐ-UBND năm 2020 về phê duyệt quy trình nội bộ thủ tục hành chính lĩnh vực Chăn nuôi thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Phát triển nông thôn tỉnh Vĩnh Long
Số hiệu: | 612/QĐ-UBND | Loại văn bản: | Quyết định |
Nơi ban hành: | Tỉnh Vĩnh Long | Người ký: | Lê Quang Trung |
Ngày ban hành: | 05/03/2020 | Ngày hiệu lực: | Đang cập nhật |
Ngày công báo: | Đang cập nhật | Số công báo: | Đang cập nhật |
[…]
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 612/QĐ-UBND |
Vĩnh Long, ngày 05 tháng 3 năm 2020 |
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
[…]
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ […];
Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ […];
Căn cứ Quyết định số 600/QĐ-UBND ngày 04 tháng 3 năm 2020 của Chủ tịch UBND tỉnh về việc công bố thủ tục hành chính lĩnh vực Chăn nuôi thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Phát triển nông thôn tỉnh Vĩnh Long;
Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 43/TTr-SNNPTNT ngày 27 tháng 02 năm 2020,""",
    [("612/QĐ-UBND", "2020-03-05")] * 3 + [("61/2018/NĐ-CP", "2018-04-23"), ("01/2018/TT-VPCP", "2018-11-23"),
     ("61/2018/NĐ-CP", "2018-04-23"), ("600/QĐ-UBND", "2020-03-04"), ("43/TTr-SNNPTNT", "2020-02-27")])

add("https://hethongphapluat.vn/quyet-dinh-01-2018-qd-ubnd-ve-quy-che-phoi-hop-trong-cong-tac-ra-soat-he-thong-hoa-van-ban-quy-pham-phap-luat-tren-dia-ban-tinh-bac-lieu.html",
    "a legal database's page (Bạc Liêu decision with its regulation): header in one '|' row, a decree dated in words, the regulation's line '(Ban hành kèm theo Quyết định số … ngày …)', a signature cell beside 'Nơi nhận:'",
    """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 01/2018/QĐ-UBND | Bạc Liêu, ngày 09 tháng 01 năm 2018 |
QUYẾT ĐỊNH
QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC RÀ SOÁT, HỆ THỐNG HÓA VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH BẠC LIỀU
ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU
[…]
Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ […];
Theo đề nghị của Giám đốc Sở Tư pháp.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác rà soát, hệ thông hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Bạc Liêu.
Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp; Thủ trưởng các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố; Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này.
Quyết định này có hiệu lực thi hành kể từ ngày 19 tháng 01 năm 2018./.
Nơi nhận: | TM. ỦY BAN NHÂN DÂN |
QUY CHẾ
PHỐI HỢP TRONG CÔNG TÁC RÀ SOÁT, HỆ THỐNG HÓA VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH BẠC LIÊU
(Ban hành kèm theo Quyết định số 01/2018/QĐ-UBND ngày 09 tháng 01 năm 2018 của Ủy ban nhân dân tỉnh Bạc Liêu)
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh""",
    [("01/2018/QĐ-UBND", "2018-01-09"), ("34/2016/NĐ-CP", "2016-05-14"), ("01/2018/QĐ-UBND", "2018-01-09")])

add("https://ls1.hethongphapluat.com/quyet-dinh-31-2013-qd-ubnd-ve-quy-che-ban-dau-gia-quyen-su-dung-dat-de-giao-dat-co-thu-tien-su-dung-dat-hoac-cho-thue-dat-tren-dia-ban-tinh-soc-trang.html",
    "a legal database's page (Sóc Trăng decision): header in one '|' row, a decree named twice, a Prime Minister's decision, the Justice and Finance circulars, all dated d/m/yyyy",
    """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 31/2013/QĐ-UBND | Sóc Trăng, ngày 22 tháng 8 năm 2013 |
ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG
Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26/11/2003;
Căn cứ Nghị định số 17/2010/NĐ-CP ngày 04/3/2010 của Chính phủ về bán đấu giá tài sản;
Căn cứ Quyết định số 216/2005/QĐ-TTg ngày 31/8/2005 của Thủ tướng Chính phủ về việc ban hành Quy chế đấu giá quyền sử dụng đất để giao đất có thu tiền sử dụng đất hoặc cho thuê đất;
Căn cứ Thông tư số 23/2010/TT-BTP ngày 06/12/2010 của Bộ Tư pháp quy định chi tiết và hướng dẫn thực hiện Nghị định số 17/2010/NĐ-CP ngày 04/3/2010 của Chính phủ về bán đấu giá tài sản;
Căn cứ Thông tư số 48/2012/TT-BTC ngày 26/3/2012 của Bộ Tài chính hướng dẫn việc xác định giá khởi điểm và chế độ tài chính trong hoạt động đấu giá quyền sử dụng đất để giao đất có thu tiền sử dụng đất hoặc cho thuê đất;
Theo đề nghị của Giám đốc Sở Tư pháp,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế bán đấu giá quyền sử dụng đất để giao đất có thu tiền sử dụng đất hoặc cho thuê đất trên địa bàn tỉnh Sóc Trăng.
Điều 2. Quyết định này có hiệu lực thi hành sau 10 (mười) ngày, kể từ ngày ký.""",
    [("31/2013/QĐ-UBND", "2013-08-22"), ("17/2010/NĐ-CP", "2010-03-04"), ("216/2005/QĐ-TTg", "2005-08-31"),
     ("23/2010/TT-BTP", "2010-12-06"), ("17/2010/NĐ-CP", "2010-03-04"), ("48/2012/TT-BTC", "2012-03-26")])

add("https://ls1.hethongphapluat.com/quyet-dinh-26-2014-qd-ubnd-ve-noi-dung-trinh-tu-thu-tuc-ra-soat-he-thong-hoa-van-ban-quy-pham-phap-luat-tren-dia-ban-tinh-long-an.html",
    "a legal database's page (Long An decision): header in one '|' row, a decree named twice, the Justice circular, the Justice department's submission dated at the end of the preamble",
    """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 26/2014/QĐ-UBND | Long An, ngày 04 tháng 07 năm 2014 |
ỦY BAN NHÂN DÂN TỈNH LONG AN
Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật của HĐND, UBND ngày 03/12/2004;
Căn cứ Nghị định số 91/2006/NĐ-CP ngày 06/9/2006 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ban hành văn bản quy phạm pháp luật của HĐND, UBND;
Căn cứ Nghị định số 16/2013/NĐ-CP ngày 06/02/2013 của Chính phủ về rà soát, hệ thống hóa văn bản quy phạm pháp luật;
Căn cứ Thông tư số 09/2013/TT-BTP ngày 15/6/2013 của Bộ Tư pháp quy định chi tiết thi hành Nghị định số 16/2013/NĐ-CP ngày 06/02/2013 của Chính phủ về rà soát, hệ thống hóa văn bản quy phạm pháp luật;
Theo đề nghị của Sở Tư pháp tại Tờ trình số 703/TTr-STP ngày 25/6/2014,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về nội dung, trình tự, thủ tục rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Long An.
Điều 2. Giao Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh; các sở, ngành tỉnh và UBND các huyện, thị xã, thành phố tổ chức triển khai, đôn đốc, kiểm tra việc thực hiện Quyết định này.""",
    [("26/2014/QĐ-UBND", "2014-07-04"), ("91/2006/NĐ-CP", "2006-09-06"), ("16/2013/NĐ-CP", "2013-02-06"),
     ("09/2013/TT-BTP", "2013-06-15"), ("16/2013/NĐ-CP", "2013-02-06"), ("703/TTr-STP", "2014-06-25")], pdf=True)

for p in P:
    p.setdefault("ocr", False)
    p.setdefault("pdf", False)
