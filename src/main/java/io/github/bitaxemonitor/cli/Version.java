package io.github.bitaxemonitor.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by Maven); "dev" when run from classes. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"bitaxe-monitor " + (v == null ? "dev" : v), "Java " + Runtime.version()};
    }
}
