package hudson;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.io.HierarchicalStreamDriver;
import com.thoughtworks.xstream.io.xml.StaxDriver;
import com.thoughtworks.xstream.security.AnyTypePermission;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** An XML file under JENKINS_HOME read and written with XStream, as Jenkins stores configuration. */
public final class XmlFile {
    private static final XStream DEFAULT_XSTREAM = newXStream();
    /** Reads the XML 1.1 files {@link #write} produces (XStream's default pull parser accepts only 1.0). */
    private static final HierarchicalStreamDriver READER = new StaxDriver();

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
        }
        Files.move(tmp.toPath(), file.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public String toString() {
        return file.toString();
    }

    private static XStream newXStream() {
        XStream xs = new XStream();
        // Jenkins' XStream2 lets plugin classes through; the stand-in trusts the class path the same way.
        xs.addPermission(AnyTypePermission.ANY);
        return xs;
    }
}
