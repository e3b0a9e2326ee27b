package vn.vidan.workspace;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The workspace's own pages: home, sign-in, the shortcuts page, and the language switch. */
@PageController
class WorkspaceController {

	private final WorkspaceLocaleResolver locales;

	private final boolean keycloak;

	WorkspaceController(WorkspaceLocaleResolver locales, Environment environment) {
		this.locales = locales;
		this.keycloak = environment.matchesProfiles("keycloak");
	}

	/** Officers start the day in their inbox. */
	@GetMapping("/")
	String home() {
		return "redirect:/inbox";
	}

	/** Vidan's sign-in page; under the keycloak profile people sign in at Keycloak instead. */
	@GetMapping("/login")
	String signIn() {
		return keycloak ? "redirect:/oauth2/authorization/keycloak" : "workspace/login";
	}

	@GetMapping("/shortcuts")
	String shortcuts() {
		return "workspace/shortcuts";
	}

	/** Switches the language and returns to the page the person was on (only ever a page of this app). */
	@PostMapping("/language")
	String switchLanguage(@RequestParam String lang, @RequestParam(defaultValue = "/") String back,
			HttpServletRequest request, HttpServletResponse response) {
		locales.setLocale(request, response, Locale.forLanguageTag(lang));
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
				&& !back.contains("\r") && !back.contains("\n");
		return "redirect:" + (local ? back : "/");
	}

}
