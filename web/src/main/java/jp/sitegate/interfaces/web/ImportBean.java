package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.sitegate.application.FilingImportService;
import jp.sitegate.application.view.ImportSummary;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.infrastructure.importing.ImportRejectedException;
import jp.sitegate.infrastructure.importing.RowError;
import org.primefaces.model.file.UploadedFile;

/** Backing bean of the bureau list import page (REQUIREMENTS.md §6). */
@Named
@ViewScoped
public class ImportBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private FilingImportService imports;


    private transient UploadedFile file;
    private ImportSummary summary;
    private List<RowError> errors = List.of();

    /** Imports the chosen file; shows the summary, or every bad row when nothing was imported. */
    public void upload() {
        summary = null;
        errors = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.error("import:file", Messages.text("import.nofile"));
            return;
        }
        try {
            summary = imports.importList(file.getFileName(), file.getContent(), null);
        } catch (ImportRejectedException e) {
            errors = e.errors();
            Messages.error(null, Messages.text("import.rejected", e.errors().size()));
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** @return the file */
    public UploadedFile getFile() {
        return file;
    }

    /** @param file the file */
    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** @return the last summary or {@code null} */
    public ImportSummary getSummary() {
        return summary;
    }

    /** @return the bad rows of the last rejected file */
    public List<RowError> getErrors() {
        return errors;
    }
}
