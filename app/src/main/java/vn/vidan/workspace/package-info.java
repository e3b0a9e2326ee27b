/**
 * The officer workspace's shell: Vidan's sign-in page, the page layout and navigation every feature's pages share
 * ({@code templates/fragments/}), the person's language (Vietnamese by default, English on request, kept per person),
 * the formats pages show (dates in Asia/Ho_Chi_Minh, 1.061, 15.000 đồng, "còn 1 ngày 3 giờ") and the keyboard
 * shortcuts page. Serves every process; the lists and case pages live in their own features.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Officer workspace",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.vidan.workspace;
