package vn.vidan.request;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ProcedureRepository extends ListCrudRepository<Procedure, String> {

	List<Procedure> findAllByOrderByCode();

}
