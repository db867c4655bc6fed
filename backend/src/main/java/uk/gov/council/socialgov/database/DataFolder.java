package uk.gov.council.socialgov.database;

import java.nio.file.Path;

/**
 * The folder where SocialGov keeps its own files beside the embedded database ({@code ./data} beside
 * {@code ./data/postgres}): its generated secrets and the audit checkpoints. There is no such bean
 * with an external database; those files are then configured.
 */
public interface DataFolder {

    Path path();
}
