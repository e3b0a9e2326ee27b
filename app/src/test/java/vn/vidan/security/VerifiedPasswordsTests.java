package vn.vidan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.vidan.support.MovableClock;

/** A matched password is remembered for a while, by its hash and itself; nothing else is. */
class VerifiedPasswordsTests {

	private final CountingEncoder bcrypt = new CountingEncoder();

	private final MovableClock clock = new MovableClock();

	private final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(2), 3, clock);

	private final String hash = passwords.encode("demo");

	@Test
	void checksTheHashOnceWhileTheMatchIsRemembered() {
		assertThat(passwords.matches("demo", hash)).isTrue();
		assertThat(passwords.matches("demo", hash)).isTrue();
		assertThat(passwords.matches("demo", hash)).isTrue();

		assertThat(bcrypt.checks.get()).isEqualTo(1);
	}

	@Test
	void checksAgainOnceTheTimeIsUp() {
		passwords.matches("demo", hash);
		clock.add(Duration.ofMinutes(2));

		assertThat(passwords.matches("demo", hash)).isTrue();
		assertThat(bcrypt.checks.get()).isEqualTo(2);
	}

	@Test
	void neverRemembersAWrongPassword() {
		assertThat(passwords.matches("wrong", hash)).isFalse();
		assertThat(passwords.matches("wrong", hash)).isFalse();
		passwords.matches("demo", hash);

		assertThat(passwords.matches("Demo", hash)).isFalse();
		assertThat(bcrypt.checks.get()).isEqualTo(4);
	}

	@Test
	void checksAChangedPasswordAfresh() {
		passwords.matches("demo", hash);
		String changed = passwords.encode("new-secret");

		assertThat(passwords.matches("demo", changed)).isFalse();
		assertThat(passwords.matches("new-secret", changed)).isTrue();
		assertThat(bcrypt.checks.get()).isEqualTo(3);
	}

	@Test
	void remembersNoMoreThanItsLimit() {
		String[] hashes = { passwords.encode("a"), passwords.encode("b"), passwords.encode("c"), passwords.encode("d") };
		for (String password : new String[] { "a", "b", "c", "d" }) {
			passwords.matches(password, hashes[password.charAt(0) - 'a']);
		}
		int checks = bcrypt.checks.get();

		passwords.matches("d", hashes[3]); // the fourth did not fit
		passwords.matches("a", hashes[0]);

		assertThat(bcrypt.checks.get()).isEqualTo(checks + 1);
	}

	private static final class CountingEncoder implements PasswordEncoder {

		private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();

		private final AtomicInteger checks = new AtomicInteger();

		@Override
		public String encode(CharSequence rawPassword) {
			return real.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			checks.incrementAndGet();
			return real.matches(rawPassword, encodedPassword);
		}

	}

}
