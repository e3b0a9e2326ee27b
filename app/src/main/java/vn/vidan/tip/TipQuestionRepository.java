package vn.vidan.tip;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TipQuestionRepository extends JpaRepository<TipQuestion, String> {

	List<TipQuestion> findByReferenceOrderByAskedAt(String reference);

}
