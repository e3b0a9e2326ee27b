package vn.vidan.org;

import org.springframework.data.repository.ListCrudRepository;

interface OfficerRepository extends ListCrudRepository<Officer, String> {

}
