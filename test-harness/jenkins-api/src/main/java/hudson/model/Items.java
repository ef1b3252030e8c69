package hudson.model;

import hudson.XmlFile;
import hudson.util.XStream2;
import com.thoughtworks.xstream.XStream;
import java.io.File;
import java.io.IOException;

/** Saving and loading items ({@code config.xml}) as Jenkins does. Only the members Skylark uses are declared. */
public class Items {
    public static final XStream XSTREAM = new XStream2();
    public static final XStream2 XSTREAM2 = (XStream2) XSTREAM;

    public Items() {
    }

    public static XmlFile getConfigFile(File dir) {
        return new XmlFile(XSTREAM, new File(dir, "config.xml"));
    }

    public static XmlFile getConfigFile(Item item) {
        return getConfigFile(item.getRootDir());
    }

    /** Reads the item saved in {@code dir} and attaches it to {@code parent}, as Jenkins does when it starts. */
    public static Item load(ItemGroup parent, File dir) throws IOException {
        Item item = (Item) getConfigFile(dir).read();
        item.onLoad(parent, dir.getName());
        return item;
    }
}
