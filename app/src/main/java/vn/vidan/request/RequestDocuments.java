package vn.vidan.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import vn.vidan.calendar.CalendarSettings;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.Unit;

/**
 * The papers a resident takes home: the receipt slip with the appointment date (giấy tiếp nhận hồ sơ và hẹn trả kết
 * quả) and, when a dossier is late, the apology letter with a new date (phiếu xin lỗi và hẹn lại ngày trả kết quả).
 * A4 PDFs with an embedded Liberation Sans, so Vietnamese diacritics print everywhere.
 */
@Component
class RequestDocuments {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME_AND_DAY = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

	private final BaseFont regular;

	private final BaseFont bold;

	private final CalendarSettings calendar;

	private final OrgDirectory directory;

	private final ProcedureRepository procedures;

	RequestDocuments(CalendarSettings calendar, OrgDirectory directory, ProcedureRepository procedures) {
		this.calendar = calendar;
		this.directory = directory;
		this.procedures = procedures;
		this.regular = font("liberation/LiberationSans-Regular.ttf");
		this.bold = font("liberation/LiberationSans-Bold.ttf");
	}

	private static BaseFont font(String resource) {
		try (InputStream in = RequestDocuments.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " is missing from the class path");
			}
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
					null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	byte[] receiptSlip(ResidentRequest request) {
		Procedure procedure = procedures.findById(request.getProcedureCode()).orElseThrow();
		return pdf(request, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", document -> {
			row(document, "Mã hồ sơ", request.getReceiptCode());
			row(document, "Thủ tục", procedure.getName());
			row(document, "Người nộp", request.getApplicantName());
			row(document, "Số định danh cá nhân", request.getApplicantId());
			row(document, "Số điện thoại", request.getApplicantPhone());
			row(document, "Địa chỉ", request.getApplicantAddress());
			if (request.getRepresentativeName() != null) {
				row(document, "Người được ủy quyền", request.getRepresentativeName());
			}
			StringBuilder documents = new StringBuilder();
			request.getDocuments().forEach(handedIn -> documents.append("• ")
				.append(procedure.getDocuments()
					.stream()
					.filter(known -> known.getCode().equals(handedIn.getDocumentCode()))
					.map(ProcedureDocument::getName)
					.findFirst()
					.orElse(handedIn.getDocumentCode()))
				.append('\n'));
			row(document, "Giấy tờ đã nhận", documents.isEmpty() ? "(không)" : documents.toString().trim());
			row(document, "Lệ phí", procedure.getFeeVnd() == 0 ? "Không thu" : "%,d đồng".formatted(procedure.getFeeVnd()).replace(',', '.'));
			row(document, "Thời gian tiếp nhận", format(request.getReceivedAt(), TIME_AND_DAY));
			row(document, "Hẹn trả kết quả", format(request.getAppointmentAt(), TIME_AND_DAY));
			row(document, "Cán bộ tiếp nhận", officerName(request.getReceivedBy()));
			document.add(paragraph("Tra cứu tình trạng hồ sơ bằng mã hồ sơ tại cổng dịch vụ công: /api/public/requests/"
					+ request.getReceiptCode(), regular, 10, Element.ALIGN_LEFT));
		});
	}

	byte[] apologyLetter(ResidentRequest request, Instant originalAppointment) {
		Unit unit = directory.snapshot().unit(request.getUnitCode());
		return pdf(request, "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", document -> {
			document.add(paragraph("Kính gửi: Ông/Bà " + request.getApplicantName(), bold, 12, Element.ALIGN_LEFT));
			document.add(paragraph(unit.getName() + " tiếp nhận hồ sơ mã " + request.getReceiptCode() + " của Ông/Bà ngày "
					+ format(request.getReceivedAt(), DAY) + ", hẹn trả kết quả ngày "
					+ format(originalAppointment, DAY) + ".", regular, 12, Element.ALIGN_JUSTIFIED));
			document.add(paragraph("Đến nay hồ sơ chưa giải quyết xong theo đúng thời hạn. " + unit.getName()
					+ " thành thật xin lỗi Ông/Bà vì sự chậm trễ này và xin hẹn trả kết quả vào "
					+ format(request.getAppointmentAt(), TIME_AND_DAY) + ".", regular, 12, Element.ALIGN_JUSTIFIED));
			document.add(paragraph("Mong Ông/Bà thông cảm.", regular, 12, Element.ALIGN_LEFT));
			document.add(paragraph("THỦ TRƯỞNG ĐƠN VỊ", bold, 12, Element.ALIGN_RIGHT));
		});
	}

	/** The written refusal with its reason (phiếu từ chối giải quyết hồ sơ), as the one-stop rules require. */
	byte[] refusalLetter(ResidentRequest request) {
		Unit unit = directory.snapshot().unit(request.getUnitCode());
		String procedure = procedures.findById(request.getProcedureCode()).map(Procedure::getName)
			.orElse(request.getProcedureCode());
		return pdf(request, "PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ", document -> {
			document.add(paragraph("Kính gửi: Ông/Bà " + request.getApplicantName(), bold, 12, Element.ALIGN_LEFT));
			document.add(paragraph(unit.getName() + " đã tiếp nhận hồ sơ mã " + request.getReceiptCode() + " của Ông/Bà ngày "
					+ format(request.getReceivedAt(), DAY) + ", thủ tục: " + procedure + ".", regular, 12,
					Element.ALIGN_JUSTIFIED));
			document.add(paragraph("Sau khi xem xét, " + unit.getName()
					+ " từ chối giải quyết hồ sơ của Ông/Bà với lý do sau:", regular, 12, Element.ALIGN_JUSTIFIED));
			document.add(paragraph(request.getRefusalReason() == null ? "" : request.getRefusalReason(), bold, 12,
					Element.ALIGN_JUSTIFIED));
			document.add(paragraph("Ngày từ chối: " + format(request.getClosedAt(), DAY) + ".", regular, 12,
					Element.ALIGN_LEFT));
			document.add(paragraph("Nếu không đồng ý, Ông/Bà có quyền khiếu nại theo quy định của pháp luật. "
					+ "Xin cảm ơn Ông/Bà đã sử dụng dịch vụ.", regular, 12, Element.ALIGN_JUSTIFIED));
			document.add(paragraph("THỦ TRƯỞNG ĐƠN VỊ", bold, 12, Element.ALIGN_RIGHT));
		});
	}

	/** The notice that the dossier was approved and its result is ready (thông báo kết quả giải quyết hồ sơ). */
	byte[] resultNotice(ResidentRequest request) {
		Unit unit = directory.snapshot().unit(request.getUnitCode());
		String procedure = procedures.findById(request.getProcedureCode()).map(Procedure::getName)
			.orElse(request.getProcedureCode());
		Instant ready = request.getHistory()
			.stream()
			.filter(change -> change.getStatus() == RequestStatus.RESULT_READY)
			.map(StatusChange::getChangedAt)
			.findFirst()
			.orElse(request.getClosedAt());
		return pdf(request, "THÔNG BÁO KẾT QUẢ GIẢI QUYẾT HỒ SƠ", document -> {
			document.add(paragraph("Kính gửi: Ông/Bà " + request.getApplicantName(), bold, 12, Element.ALIGN_LEFT));
			document.add(paragraph(unit.getName() + " thông báo: hồ sơ mã " + request.getReceiptCode() + " của Ông/Bà, thủ tục "
					+ procedure + ", tiếp nhận ngày " + format(request.getReceivedAt(), DAY)
					+ ", đã được giải quyết xong và có kết quả.", regular, 12, Element.ALIGN_JUSTIFIED));
			row(document, "Mã hồ sơ", request.getReceiptCode());
			row(document, "Ngày có kết quả", format(ready, TIME_AND_DAY));
			row(document, "Ngày hẹn trả", format(request.getAppointmentAt(), TIME_AND_DAY));
			if (request.getClosedAt() != null) {
				row(document, "Hình thức trả kết quả", "POST".equals(request.getHandOverMethod())
						? "Qua bưu chính, vận đơn " + request.getTrackingNumber() : "Tại bộ phận một cửa");
				row(document, "Ngày trả kết quả", format(request.getClosedAt(), TIME_AND_DAY));
			}
			else {
				document.add(paragraph("Mời Ông/Bà mang giấy tiếp nhận hồ sơ đến bộ phận một cửa của " + unit.getName()
						+ " để nhận kết quả, hoặc chờ nhận qua bưu chính nếu đã đăng ký.", regular, 12,
						Element.ALIGN_JUSTIFIED));
			}
			document.add(paragraph("THỦ TRƯỞNG ĐƠN VỊ", bold, 12, Element.ALIGN_RIGHT));
		});
	}

	private interface Body {

		void write(Document document) throws Exception;

	}

	private byte[] pdf(ResidentRequest request, String title, Body body) {
		Unit unit = directory.snapshot().unit(request.getUnitCode());
		String parentName = unit.getParentCode() == null ? ""
				: directory.snapshot().unit(unit.getParentCode()).getName().toUpperCase(java.util.Locale.forLanguageTag("vi"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 48, 48);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(title + " " + request.getReceiptCode());
			document.addCreator("Vidan");
			document.open();
			PdfPTable header = new PdfPTable(2);
			header.setWidthPercentage(100);
			header.addCell(plain(parentName + "\n" + unit.getName().toUpperCase(java.util.Locale.forLanguageTag("vi")), bold, 10));
			header.addCell(plain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold, 10));
			document.add(header);
			document.add(paragraph(title, bold, 15, Element.ALIGN_CENTER));
			body.write(document);
			document.close();
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot write the PDF for " + request.getReceiptCode(), e);
		}
		return out.toByteArray();
	}

	private void row(Document document, String label, String value) throws Exception {
		PdfPTable table = new PdfPTable(new float[] { 2, 5 });
		table.setWidthPercentage(100);
		table.addCell(plain(label + ":", bold, 11));
		PdfPCell cell = plain(value == null ? "" : value, regular, 11);
		cell.setHorizontalAlignment(Element.ALIGN_LEFT);
		table.addCell(cell);
		document.add(table);
	}

	private static PdfPCell plain(String text, BaseFont font, float size) {
		PdfPCell cell = new PdfPCell(new Paragraph(text, new Font(font, size)));
		cell.setBorder(0);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		cell.setPaddingBottom(6);
		return cell;
	}

	private static Paragraph paragraph(String text, BaseFont font, float size, int alignment) {
		Paragraph paragraph = new Paragraph(text, new Font(font, size));
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(10);
		paragraph.setSpacingAfter(6);
		return paragraph;
	}

	private String officerName(String username) {
		return directory.snapshot().officer(username).map(officer -> officer.getFullName()).orElse(username);
	}

	private String format(Instant instant, DateTimeFormatter format) {
		return instant == null ? "" : format.format(instant.atZone(calendar.zone()));
	}

}
