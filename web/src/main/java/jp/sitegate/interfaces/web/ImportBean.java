package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.sitegate.application.importing.FilingImportService;
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
    private List<jp.sitegate.application.view.ImportViews.Coverage> coverage;
    private List<jp.sitegate.application.view.ImportViews.ImportRecord> history;

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
            coverage = null;
            history = null;
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

    /** @return the 47 prefectures' newest lists (issue 12), read once per view */
    public List<jp.sitegate.application.view.ImportViews.Coverage> getCoverage() {
        if (coverage == null) {
            coverage = imports.coverage();
        }
        return coverage;
    }

    /** @return the latest 200 imports with who, when, file and SHA-256 */
    public List<jp.sitegate.application.view.ImportViews.ImportRecord> getHistory() {
        if (history == null) {
            history = new java.util.ArrayList<>(imports.history(200)); // sortable in place
        }
        return history;
    }

    /** @return the bad rows of the last rejected file */
    public List<RowError> getErrors() {
        return errors;
    }
}
