package vn.vidan.tip;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The tips page's query: the units in the person's scope in the query itself, newest first, optionally narrowed to a
 * part of the reference or of the incident's address. Nothing of the reporter is here to search.
 */
interface TipList extends Repository<TipReport, String> {

	String WHERE = """
			where (:everyUnit = true or t.unitCode in :units)
			  and (:text is null or lower(t.reference) like :text escape '!' or lower(t.incidentAddress) like :text escape '!')""";

	@Query(value = """
			select new vn.vidan.tip.TipLine(t.reference, t.suggestedCategory, t.category, t.incidentAddress, t.status,
			       t.urgency, t.channel, t.receivedAt, t.triageDue, t.handlingDue, t.unitCode, t.closedAt)
			from TipReport t""" + " " + WHERE, countQuery = "select count(t) from TipReport t " + WHERE)
	Page<TipLine> find(@Param("everyUnit") boolean everyUnit, @Param("units") Collection<String> units,
			@Param("text") String text, Pageable page);

}
