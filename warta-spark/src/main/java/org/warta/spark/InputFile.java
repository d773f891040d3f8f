package org.warta.spark;

import java.io.Serializable;

/** One input file of the run and its place in the input order (file index, for the articles' {@code seq}). */
public record InputFile(int index, String path, InputFormat format) implements Serializable {
}
