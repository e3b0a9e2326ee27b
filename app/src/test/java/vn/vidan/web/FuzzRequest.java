package vn.vidan.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request the fuzzer sends: who, what, and how it was made ({@code input}: "valid", or the mutation applied), in a
 * form a person can replay. {@code template} is the operation's path as the OpenAPI document names it.
 */
record FuzzRequest(String user, String method, String template, String target, String contentType, byte[] body,
		Map<String, String> headers, String input) {

	private static final int EXCERPT = 400;

	boolean readOnly() {
		return "GET".equals(method) || "HEAD".equals(method);
	}

	String excerpt() {
		if (body == null) {
			return "(no body)";
		}
		String text = new String(body, StandardCharsets.UTF_8);
		String shown = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "… (" + body.length + " bytes)" : text;
		return shown.replace("\uFFFD", "\\uFFFD");
	}

	@Override
	public String toString() {
		return method + " " + target + " as " + user + " [" + input + "]"
				+ (contentType == null ? "" : " Content-Type: " + contentType) + (headers.isEmpty() ? "" : " " + headers)
				+ " body: " + excerpt();
	}

}
