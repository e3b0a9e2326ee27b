package vn.vidan.workspace.task;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The little markdown a form's text component holds, as safe HTML: paragraphs, bullet and numbered lists, headings (as
 * bold lines), {@code **bold**}, {@code *italic*}, {@code `code`} and links to http(s) or this app. Everything is
 * escaped first, so the form's text can never inject markup.
 */
public final class MarkdownText {

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");

	private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])");

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(((?:https?://|/(?!/))[^\\s)]*)\\)");

	private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");

	private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");

	private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.*)$");

	private MarkdownText() {
	}

	public static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		for (String block : markdown.replace("\r\n", "\n").split("\n\\s*\n")) {
			List<String> lines = new ArrayList<>(List.of(block.strip().split("\n")));
			if (lines.stream().allMatch(line -> BULLET.matcher(line).matches())) {
				list(html, "ul", lines, BULLET);
			}
			else if (lines.stream().allMatch(line -> NUMBERED.matcher(line).matches())) {
				list(html, "ol", lines, NUMBERED);
			}
			else if (lines.size() == 1 && HEADING.matcher(lines.get(0)).matches()) {
				Matcher heading = HEADING.matcher(lines.get(0));
				heading.matches();
				html.append("<p><strong>").append(inline(heading.group(1))).append("</strong></p>");
			}
			else {
				html.append("<p>").append(inline(String.join(" ", lines.stream().map(String::strip).toList())))
					.append("</p>");
			}
		}
		return html.toString();
	}

	private static void list(StringBuilder html, String tag, List<String> lines, Pattern item) {
		html.append('<').append(tag).append('>');
		for (String line : lines) {
			Matcher matcher = item.matcher(line);
			matcher.matches();
			html.append("<li>").append(inline(matcher.group(1))).append("</li>");
		}
		html.append("</").append(tag).append('>');
	}

	private static String inline(String text) {
		String html = HtmlUtils.htmlEscape(text, "UTF-8");
		html = CODE.matcher(html).replaceAll("<code>$1</code>");
		html = BOLD.matcher(html).replaceAll(match -> "<strong>"
				+ Matcher.quoteReplacement(match.group(1) != null ? match.group(1) : match.group(2)) + "</strong>");
		html = ITALIC.matcher(html).replaceAll("<em>$1</em>");
		html = LINK.matcher(html).replaceAll("<a href=\"$2\">$1</a>");
		return html;
	}

}
