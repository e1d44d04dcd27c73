package org.govdoc.read.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.govdoc.read.ReadOutcome;
import org.govdoc.read.TikaFileReader;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per class of bad image: each gets a clear error record, never a crash. */
class BadImageTest {

    @TempDir
    Path dir;

    private final TikaFileReader reader = new TikaFileReader();

    @Test
    void truncatedPngIsCorrupt() throws Exception {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.BLACK);
        for (int y = 20; y < 300; y += 17) {
            g.drawLine(10, y, 390, y - 7); // enough structure that the compressed data is not tiny
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        byte[] bytes = out.toByteArray();
        Path file = dir.resolve("cut.png");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        ErrorInfo e = failed(reader.read(file));
        assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT.code());
        assertThat(e.message()).contains("image");
    }

    @Test
    void zeroSizeImageIsCorrupt() throws Exception {
        Path file = dir.resolve("zero.png");
        Files.write(file, png(0, 0));
        ErrorInfo e = failed(reader.read(file));
        assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT.code());
    }

    @Test
    void hugeDimensionsAreTooLargeWithoutDecoding() throws Exception {
        Path file = dir.resolve("huge.png");
        Files.write(file, png(100_000, 100_000));
        ReadOutcome o = reader.read(file);
        assertThat(o.mediaType()).isEqualTo("image/png");
        ErrorInfo e = failed(o);
        assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE.code());
        assertThat(e.message()).contains("100000x100000");
    }

    /** A PNG whose header says {@code w × h} (grey, 8 bit) with one row of pixel data. */
    private static byte[] png(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater d = new Deflater();
        d.setInput(new byte[Math.max(1, Math.min(w, 1000)) + 1]);
        d.finish();
        byte[] buf = new byte[4096];
        int n = d.deflate(buf);
        chunk(out, "IDAT", Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static ErrorInfo failed(ReadOutcome o) {
        assertThat(o).isInstanceOf(ReadOutcome.Failed.class);
        return ((ReadOutcome.Failed) o).error();
    }
}
