package vn.reviewledger.platform.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL with Axon's {@code @Lob byte[]} columns (event and snapshot payloads, tokens, sagas, dead
 * letters) stored as {@code bytea}. Hibernate's own choice is {@code oid}: large objects that live
 * outside the row, are never removed with it, and leak (AXON-NOTES.md, "Stores"). Both the column
 * type and the JDBC binding change, so {@code ddl-auto=validate} agrees with the migrations and values
 * are read and written with plain {@code getBytes}/{@code setBytes}.
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

    public ByteaPostgreSQLDialect() {
        super();
    }

    public ByteaPostgreSQLDialect(DialectResolutionInfo info) {
        super(info);
    }

    public ByteaPostgreSQLDialect(DatabaseVersion version) {
        super(version);
    }

    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry()
                .addDescriptor(SqlTypes.BLOB, BinaryJdbcType.INSTANCE);
    }
}
