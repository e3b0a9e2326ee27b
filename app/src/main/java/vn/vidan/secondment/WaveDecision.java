package vn.vidan.secondment;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;

/**
 * The director's decision on a wave (quyết định tăng cường cán bộ về Công an xã) with the list of assignments: A4,
 * OpenPDF, Liberation Sans embedded from the class path (openpdf-fonts-extra), so Vietnamese prints everywhere.
 */
@Component
class WaveDecision {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final OrgDirectory directory;

	private final BaseFont regular;

	private final BaseFont bold;

	WaveDecision(OrgDirectory directory) throws java.io.IOException {
		this.directory = directory;
		this.regular = BaseFont.createFont("liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		this.bold = BaseFont.createFont("liberation/LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
	}

	byte[] pdf(SecondmentWave wave, List<SecondmentAssignment> assignments) {
		OrgSnapshot org = directory.snapshot();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 48, 48);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle("Quyết định " + wave.getDecisionNumber());
			document.addCreator("Vidan");
			document.open();
			String province = org.unit(wave.getProvinceCode()).getName();
			document.add(centred(province.toUpperCase(VIETNAMESE), bold, 12));
			document.add(centred("Số: " + wave.getDecisionNumber(), regular, 11));
			document.add(centred("QUYẾT ĐỊNH", bold, 15));
			document.add(centred("Về việc tăng cường cán bộ về Công an xã, " + wave.getName(), bold, 12));
			document.add(new Paragraph("Thời gian: từ ngày " + DAY.format(wave.getStartDate()) + " đến ngày "
					+ DAY.format(wave.getEndDate()) + ". Tăng cường " + assignments.size() + " cán bộ về "
					+ wave.getCommunes().size() + " xã theo danh sách dưới đây. Cán bộ được tăng cường làm việc tại Công an xã "
					+ "dưới sự phân công của Trưởng Công an xã, báo cáo kết quả định kỳ.", new Font(regular, 11)));
			PdfPTable table = new PdfPTable(new float[] { 0.5f, 2.2f, 2.4f, 2f, 3.4f });
			table.setWidthPercentage(100);
			table.setSpacingBefore(10);
			for (String heading : new String[] { "TT", "Họ và tên", "Đơn vị cử", "Về xã", "Căn cứ phân công" }) {
				table.addCell(new Phrase(heading, new Font(bold, 10)));
			}
			int row = 1;
			for (SecondmentAssignment assignment : assignments.stream()
				.sorted(java.util.Comparator.comparing(SecondmentAssignment::getCommuneCode)
					.thenComparing(SecondmentAssignment::getUsername))
				.toList()) {
				var officer = org.officer(assignment.getUsername()).orElseThrow();
				table.addCell(new Phrase(String.valueOf(row++), new Font(regular, 10)));
				table.addCell(new Phrase(officer.getRank().label() + " " + officer.getFullName(), new Font(regular, 10)));
				table.addCell(new Phrase(org.unit(officer.getUnitCode()).getName(), new Font(regular, 10)));
				table.addCell(new Phrase(org.unit(assignment.getCommuneCode()).getName(), new Font(regular, 10)));
				table.addCell(new Phrase(assignment.getReasons(), new Font(regular, 8)));
			}
			document.add(table);
			Paragraph signature = new Paragraph("GIÁM ĐỐC", new Font(bold, 12));
			signature.setAlignment(Element.ALIGN_RIGHT);
			signature.setSpacingBefore(16);
			document.add(signature);
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("Could not write the decision of wave " + wave.getCode(), e);
		}
		return out.toByteArray();
	}

	private static Paragraph centred(String text, BaseFont font, float size) {
		Paragraph paragraph = new Paragraph(text, new Font(font, size));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		return paragraph;
	}

}
