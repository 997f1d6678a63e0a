#include "tls/SelfSignedCertificate.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <memory>

namespace {
constexpr long kValiditySeconds = 20L * 365 * 24 * 3600;

template <typename T, void (*Free)(T*)> struct OpenSslDeleter
{
    void operator()(T* pointer) const { Free(pointer); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;

bool addExtension(X509* certificate, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

QByteArray toPem(const std::function<int(BIO*)>& write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

bool writeFile(const QString& path, const QByteArray& contents, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(permissions);
    return file.write(contents) == contents.size() && file.flush();
}
} // namespace

namespace SelfSignedCertificate {

bool create(const QString& certificatePath, const QString& keyPath, const QString& commonName,
            QString* error)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    CertPtr certificate(X509_new());
    if (!key || !certificate) {
        *error =
            QCoreApplication::translate("SelfSignedCertificate", "OpenSSL could not create a key.");
        return false;
    }
    X509_set_version(certificate.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(certificate.get()));
    BN_free(serialNumber);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), kValiditySeconds);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME* name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("ejournal"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    const QByteArray altNames = QStringLiteral("DNS:%1,DNS:localhost,IP:127.0.0.1,IP:::1")
                                    .arg(QHostInfo::localHostName())
                                    .toUtf8();
    const bool extended =
        addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(certificate.get(), NID_key_usage,
                     "critical,digitalSignature,keyEncipherment") &&
        addExtension(certificate.get(), NID_ext_key_usage, "serverAuth") &&
        addExtension(certificate.get(), NID_subject_alt_name, altNames);
    if (!extended || X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0) {
        *error = QCoreApplication::translate("SelfSignedCertificate",
                                             "OpenSSL could not sign the certificate.");
        return false;
    }
    const QByteArray certificatePem =
        toPem([&](BIO* bio) { return PEM_write_bio_X509(bio, certificate.get()); });
    const QByteArray keyPem = toPem([&](BIO* bio) {
        return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    if (certificatePem.isEmpty() || keyPem.isEmpty() ||
        !writeFile(keyPath, keyPem, QFile::ReadOwner | QFile::WriteOwner) ||
        !writeFile(certificatePath, certificatePem,
                   QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)) {
        *error = QCoreApplication::translate("SelfSignedCertificate",
                                             "Cannot write the certificate to %1.")
                     .arg(certificatePath);
        return false;
    }
    return true;
}

bool load(const QString& certificatePath, const QString& keyPath, QSslCertificate* certificate,
          QSslKey* key, QString* error)
{
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate(
                     "SelfSignedCertificate",
                     "Cannot read the TLS certificate or key (%1). Run `ejournal-server init` or "
                     "start with --plain.")
                     .arg(certificatePath);
        return false;
    }
    *certificate = QSslCertificate(certificateFile.readAll(), QSsl::Pem);
    *key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (certificate->isNull() || key->isNull()) {
        *error = QCoreApplication::translate("SelfSignedCertificate",
                                             "The TLS certificate or key in %1 is damaged.")
                     .arg(certificatePath);
        return false;
    }
    return true;
}

} // namespace SelfSignedCertificate
