package hudson;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.io.xml.StaxDriver;
import hudson.util.XStream2;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * An XML file under JENKINS_HOME read and written with XStream, as Jenkins stores configuration: by
 * default with an {@link XStream2}, so a class the class filter refuses fails the write.
 */
public final class XmlFile {
    private static final XStream DEFAULT_XSTREAM = new XStream2();
    /** Jenkins writes XML 1.1 declarations; the JDK's StAX parser reads them (XStream's default parser does not). */
    private static final StaxDriver READER = new StaxDriver();

    private final XStream xs;
    private final File file;

    public XmlFile(File file) {
        this(DEFAULT_XSTREAM, file);
    }

    public XmlFile(XStream xs, File file) {
        this.xs = xs;
        this.file = file;
    }

    public File getFile() {
        return file;
    }

    public XStream getXStream() {
        return xs;
    }

    public boolean exists() {
        return file.exists();
    }

    public Object read() throws IOException {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return xs.unmarshal(READER.createReader(in));
        } catch (RuntimeException e) {
            throw new IOException("Unable to read " + file, e);
        }
    }

    public Object unmarshal(Object o) throws IOException {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return xs.unmarshal(READER.createReader(in), o);
        } catch (RuntimeException e) {
            throw new IOException("Unable to read " + file, e);
        }
    }

    public void write(Object o) throws IOException {
        Files.createDirectories(file.getAbsoluteFile().getParentFile().toPath());
        File tmp = new File(file.getPath() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp.toPath());
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write("<?xml version='1.1' encoding='UTF-8'?>\n");
            xs.toXML(o, w);
        } catch (RuntimeException e) {
            Files.deleteIfExists(tmp.toPath());
            throw new IOException("Failed to write " + file, e);
        }
        Files.move(tmp.toPath(), file.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
