package vn.vidan.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;

/** Signs people in against local accounts; roles come from the directory (officer, commune leader) and the account. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final OrgDirectory directory;

	AccountUserDetailsService(AccountRepository accounts, OrgDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findById(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		OrgSnapshot org = directory.snapshot();
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (account.isAdministrator()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		if (account.isDesigner()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_PROCESS_DESIGNER"));
		}
		if (account.isAuditor()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_AUDITOR"));
		}
		if (org.officer(username).isPresent()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_OFFICER"));
		}
		if (org.communeLeader(username).isPresent()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_COMMUNE_LEADER"));
		}
		return User.withUsername(username)
			.password(account.getPasswordHash())
			.disabled(!account.isEnabled())
			.authorities(authorities)
			.build();
	}

}
