package vn.vidan.tip;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TipAttachmentRepository extends JpaRepository<TipAttachment, String> {

	List<TipAttachment> findByReferenceOrderByAddedAt(String reference);

}
