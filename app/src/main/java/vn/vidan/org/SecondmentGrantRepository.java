package vn.vidan.org;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecondmentGrantRepository extends JpaRepository<SecondmentGrant, String> {

	List<SecondmentGrant> findByRevokedAtIsNull();

	List<SecondmentGrant> findByUsernameAndUnitCodeAndWaveCodeAndRevokedAtIsNull(String username, String unitCode,
			String waveCode);

}
