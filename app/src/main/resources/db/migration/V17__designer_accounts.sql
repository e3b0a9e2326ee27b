-- Process designers sign in locally too (the Keycloak realm has the role already): they deploy and migrate processes.
ALTER TABLE account ADD COLUMN designer BOOLEAN DEFAULT FALSE NOT NULL;
