package vn.vidan.request;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The dossiers page's query: the units in the person's scope in the query itself, newest first, optionally narrowed
 * to a receipt code or an applicant's name (a part of either, any case) or the last digits of an ID number.
 */
interface DossierList extends Repository<ResidentRequest, String> {

	@Query("""
			select r from ResidentRequest r
			where (:everyUnit = true or r.unitCode in :units)
			  and (:text is null or lower(r.receiptCode) like :text escape '!' or lower(r.applicantName) like :text escape '!'
			       or r.applicantId like :idEnd)""")
	Page<ResidentRequest> find(@Param("everyUnit") boolean everyUnit, @Param("units") Collection<String> units,
			@Param("text") String text, @Param("idEnd") String idEnd, Pageable page);

}
