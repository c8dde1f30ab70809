package org.unoda.poa.core.file;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StoredFileRepository extends Repository<StoredFile, Long> {

	StoredFile save(StoredFile file);

	Optional<StoredFile> findById(Long id);

}
