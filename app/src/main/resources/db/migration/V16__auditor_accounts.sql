-- Auditors sign in locally too (the Keycloak realm has the role already): they read everything and change nothing.
ALTER TABLE account ADD COLUMN auditor BOOLEAN DEFAULT FALSE NOT NULL;
