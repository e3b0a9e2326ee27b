package vn.vidan.secondment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<SecondmentAssignment, String> {

	List<SecondmentAssignment> findByWaveCodeOrderByCommuneCodeAscUsernameAsc(String waveCode);

	List<SecondmentAssignment> findByWaveCodeAndStatusInOrderById(String waveCode, Collection<AssignmentStatus> statuses);

	List<SecondmentAssignment> findByUsernameInAndStatusIn(Collection<String> usernames,
			Collection<AssignmentStatus> statuses);

	Optional<SecondmentAssignment> findFirstByPlaceIdAndStatusIn(String placeId, Collection<AssignmentStatus> statuses);

}
