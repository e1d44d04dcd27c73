package org.govdoc.ingest;

import org.govdoc.read.FileReader;
import org.govdoc.read.TikaFileReader;

/**
 * Names the {@link FileReader} an ingest uses, so that a worker JVM can build the same one as the
 * parent. {@code null} is the standard reader; any other name is a class with a public no-argument
 * constructor (the hook tests use to inject a reader that hangs or throws).
 */
public final class Readers {

    private Readers() {
    }

    public static FileReader create(String className) {
        if (className == null || className.isBlank()) {
            return standard();
        }
        try {
            return Class.forName(className).asSubclass(FileReader.class).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("cannot create the reader " + className + ": " + e, e);
        }
    }

    public static FileReader standard() {
        return new TikaFileReader();
    }
}
