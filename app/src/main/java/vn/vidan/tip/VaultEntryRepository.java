package vn.vidan.tip;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VaultEntryRepository extends JpaRepository<VaultEntry, String> {

	List<VaultEntry> findByKeyIdNot(String keyId);

}
