package vn.vidan.request;

import org.springframework.data.repository.ListCrudRepository;

interface ResidentRequestRepository extends ListCrudRepository<ResidentRequest, String> {

}
