package jp.sitegate.domain.model.facility;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link MedicalInstitutionCode} as its 10 digits. */
@Converter(autoApply = true)
public class MedicalInstitutionCodeConverter implements AttributeConverter<MedicalInstitutionCode, String> {
    @Override
    public String convertToDatabaseColumn(MedicalInstitutionCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public MedicalInstitutionCode convertToEntityAttribute(String value) {
        return value == null ? null : MedicalInstitutionCode.of(value);
    }
}
