package vn.vidan.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP/1.1 over a plain socket, for what a ready-made client will not do: connect from a chosen local address (an
 * untrusted 127.0.0.2 rather than the trusted loopback), announce a body it never sends, or stream a chunked body
 * while the answer comes back. Reads the answer while the body is still being written.
 */
public final class RawHttp {

	public record Response(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/** A client address no test has used yet, from the IPv6 documentation range, for X-Forwarded-For. */
	public static String freshClient() {
		return "2001:db8::" + Integer.toHexString(CLIENTS.incrementAndGet()) + ":"
				+ Integer.toHexString((int) (System.nanoTime() & 0xffff));
	}

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private RawHttp() {
	}

	/**
	 * Sends {@code head} (request line and headers, without the blank line) from {@code localAddress}, then
	 * {@code chunkedBytes} bytes of {@code filler} in 64 KiB chunks when it is positive, and returns the answer.
	 */
	public static Response send(String localAddress, int port, String head, long chunkedBytes, byte filler)
			throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			Thread writer = null;
			if (chunkedBytes > 0) {
				writer = new Thread(() -> writeChunks(out, chunkedBytes, filler), "raw-http-body");
				writer.setDaemon(true);
				writer.start();
			}
			Response response = read(socket.getInputStream());
			if (writer != null) {
				writer.interrupt();
			}
			return response;
		}
	}

	private static void writeChunks(OutputStream out, long total, byte filler) {
		byte[] chunk = new byte[64 * 1024];
		java.util.Arrays.fill(chunk, filler);
		try {
			for (long sent = 0; sent < total && !Thread.currentThread().isInterrupted(); sent += chunk.length) {
				out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(chunk);
				out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
		catch (IOException closedByServer) {
			// The server answered and closed the connection before the body ended: that is the point.
		}
	}

	private static Response read(InputStream in) throws IOException {
		String statusLine = line(in);
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			int colon = header.indexOf(':');
			headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim(),
					(a, b) -> a + ", " + b);
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
				body.write(in.readNBytes(size));
				line(in);
			}
		}
		else if (headers.containsKey("content-length")) {
			body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
		}
		return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("connection closed mid-answer");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.UTF_8);
	}

}
