package vn.vidan.org;

import org.springframework.data.repository.ListCrudRepository;

interface CommuneLeaderRepository extends ListCrudRepository<CommuneLeader, String> {

}
