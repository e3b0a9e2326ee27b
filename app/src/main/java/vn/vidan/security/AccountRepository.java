package vn.vidan.security;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, String> {

	List<Account> findByAdministratorTrue();

}
