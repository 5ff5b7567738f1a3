package jp.sitegate.infrastructure.importing;

import jakarta.ejb.ApplicationException;
import java.util.List;
import jp.sitegate.domain.shared.DomainException;

/** A file failed validation; nothing was imported. Lists every bad row. HTTP 422 (400 for an unreadable file). */
@ApplicationException(rollback = true)
public class ImportRejectedException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final transient List<RowError> errors;
    private final boolean unreadable;

    /**
     * @param errors     every problem found
     * @param unreadable true when the file could not be read at all (not a workbook or CSV)
     */
    public ImportRejectedException(List<RowError> errors, boolean unreadable) {
        super("file", "取込を中止しました（" + errors.size() + " 件のエラー、何も登録していません）",
                "import rejected: " + errors.size() + " error(s); nothing was imported");
        this.errors = List.copyOf(errors);
        this.unreadable = unreadable;
    }

    /** @return every problem, in row order */
    public List<RowError> errors() {
        return errors;
    }

    /** @return true when the file could not be read at all */
    public boolean unreadable() {
        return unreadable;
    }
}
