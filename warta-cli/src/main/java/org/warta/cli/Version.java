package org.warta.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or {@code dev} when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Warta.class.getPackage().getImplementationVersion();
        return new String[] {"warta " + (v == null ? "dev" : v) + " (record schema warta.record/1)"};
    }
}
