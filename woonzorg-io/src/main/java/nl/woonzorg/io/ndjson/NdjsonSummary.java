package nl.woonzorg.io.ndjson;

import org.apiguardian.api.API;

/**
 * What an NDJSON read came to: how many lines, records and bad lines there were.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lines the number of lines read, blank ones included
 * @param records the number of records handed over
 * @param badLines the number of lines that could not be read as a record
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record NdjsonSummary(long lines, long records, long badLines) {}
