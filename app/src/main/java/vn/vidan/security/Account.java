package vn.vidan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A local sign-in: a directory person or an administrator. */
@Entity
@Table(name = "account")
class Account {

	@Id
	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean administrator;

	/** Deploys and migrates processes (Camunda Modeler, the designer's pages); works no case. */
	private boolean designer;

	/** Reads everything an administrator reads, and changes nothing. */
	private boolean auditor;

	private boolean enabled;

	protected Account() {
	}

	Account(String username, String passwordHash, boolean administrator) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.administrator = administrator;
		this.enabled = true;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	boolean isAdministrator() {
		return administrator;
	}

	boolean isDesigner() {
		return designer;
	}

	/** A sign-in for a process designer. */
	static Account designer(String username, String passwordHash) {
		Account account = new Account(username, passwordHash, false);
		account.designer = true;
		return account;
	}

	boolean isAuditor() {
		return auditor;
	}

	/** A sign-in for an auditor. */
	static Account auditor(String username, String passwordHash) {
		Account account = new Account(username, passwordHash, false);
		account.auditor = true;
		return account;
	}

	boolean isEnabled() {
		return enabled;
	}

}
